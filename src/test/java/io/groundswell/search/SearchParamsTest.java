package io.groundswell.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.groundswell.system.ProblemException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchParamsTest {

    @Test
    void shouldApplyDefaults() {
        SearchRequest request = params("budget").toRequest();

        assertEquals(SearchRequest.Order.RELEVANCE, request.order());
        assertEquals(0, request.offset());
        assertEquals(20, request.limit());
        assertEquals(List.of(), request.tags());
    }

    @Test
    void shouldReadDatesAsWholeDaysInUtc() {
        SearchParams params = params("budget");
        params.from = "2026-01-30";
        params.to = "2026-01-31";

        SearchRequest request = params.toRequest();

        assertEquals(Instant.parse("2026-01-30T00:00:00Z"), request.from());
        assertEquals(Instant.parse("2026-01-31T23:59:59.999Z"), request.to());
    }

    @Test
    void shouldReadInstantsWithOffsets() {
        SearchParams params = params("budget");
        params.from = "2026-01-31T09:00:00+02:00";

        assertEquals(Instant.parse("2026-01-31T07:00:00Z"), params.toRequest().from());
    }

    @Test
    void shouldLowerCaseTagsAndIgnoreBlankFilters() {
        SearchParams params = params("budget");
        params.tag = Arrays.asList("Q3", " ", null);
        params.source = " ";

        SearchRequest request = params.toRequest();

        assertEquals(List.of("q3"), request.tags());
        assertEquals(null, request.source());
    }

    @Test
    void shouldNameTheBadParameter() {
        SearchParams params = params("budget");
        params.limit = "1e3";

        ProblemException problem = assertThrows(ProblemException.class, params::toRequest);

        assertEquals("limit", problem.problem().errors().get(0).field());
        assertEquals(400, problem.problem().status());
    }

    private static SearchParams params(String q) {
        SearchParams params = new SearchParams();
        params.q = q;
        return params;
    }
}
