package io.groundswell.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CheckedValuesTest {

    record Item(String title, List<String> tags, Instant createdAt) {}

    private final ObjectMapper mapper = mapper();

    private static ObjectMapper mapper() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());
        new JsonConfig().customize(mapper);
        return mapper;
    }

    @Test
    void shouldReadOrdinaryValuesAsBefore() throws Exception {
        Item item = mapper.readValue(
                "{\"title\": \"Café ☕\", \"tags\": [\"a\"], \"createdAt\": \"2026-11-01T10:00:00Z\"}", Item.class);
        assertThat(item).isEqualTo(new Item("Café ☕", List.of("a"), Instant.parse("2026-11-01T10:00:00Z")));
    }

    @Test
    void shouldRefuseNulInTextNamingTheField() {
        assertThatThrownBy(() -> mapper.readValue("{\"title\": \"a\\u0000b\"}", Item.class))
                .isInstanceOf(RefusedValue.class)
                .satisfies(
                        e -> assertThat(JsonProblems.describe((RefusedValue) e).detail())
                                .isEqualTo("title: must not contain NUL characters (\\u0000)"));
        assertThatThrownBy(() -> mapper.readValue("{\"tags\": [\"ok\", \"\\u0000\"]}", Item.class))
                .isInstanceOf(RefusedValue.class)
                .satisfies(
                        e -> assertThat(JsonProblems.describe((RefusedValue) e).detail())
                                .startsWith("tags[1]: "));
    }

    @Test
    void shouldRefuseInstantsOutsideTheYearsOneTo9999() {
        assertThatThrownBy(() -> mapper.readValue("{\"createdAt\": \"+999999999-12-31T23:59:59Z\"}", Item.class))
                .isInstanceOf(RefusedValue.class)
                .satisfies(
                        e -> assertThat(JsonProblems.describe((RefusedValue) e).detail())
                                .isEqualTo("createdAt: " + InstantBounds.MESSAGE));
        assertThatThrownBy(() -> mapper.readValue("{\"createdAt\": \"-0001-01-01T00:00:00Z\"}", Item.class))
                .isInstanceOf(RefusedValue.class);
    }
}
