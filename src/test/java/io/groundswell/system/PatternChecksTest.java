package io.groundswell.system;

import static io.groundswell.testing.RegexBudget.repeat;
import static org.assertj.core.api.Assertions.assertThat;

import io.groundswell.identity.NewApiKey;
import io.groundswell.identity.NewUser;
import io.groundswell.integration.discourse.DiscourseInstanceRequest;
import io.groundswell.integration.feed.FeedRequest;
import io.groundswell.post.BodyFormat;
import io.groundswell.post.PostRequest;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.stream.Stream;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Request records check lengths before patterns: a value over its limit is refused for its
 * length alone, and no regular expression reads it.
 */
class PatternChecksTest {

    /** Over every limit, and matching none of the patterns ("!" is allowed nowhere). */
    private static final String LONG = repeat("a") + "!";

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void buildValidator() {
        factory = Validation.byDefaultProvider()
                .configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void closeValidator() {
        factory.close();
    }

    static Stream<Arguments> requests() {
        return Stream.of(
                Arguments.of(
                        "post source",
                        new PostRequest(LONG, "e", null, "t", "b", BodyFormat.TEXT, null, null, List.of()),
                        "source"),
                Arguments.of(
                        "post URL",
                        new PostRequest("s", "e", "http://" + LONG, "t", "b", BodyFormat.TEXT, null, null, List.of()),
                        "url"),
                Arguments.of("username", new NewUser(LONG, "long enough", List.of("employee"), null, null), "username"),
                Arguments.of(
                        "API key source",
                        new NewApiKey("k", List.of("ingest"), List.of(LONG)),
                        "sources[0].<list element>"),
                Arguments.of("feed URL", new FeedRequest("http://" + LONG, "blog"), "url"),
                Arguments.of("feed source", new FeedRequest("https://blog.example/rss", LONG), "source"),
                Arguments.of(
                        "Discourse instance",
                        new DiscourseInstanceRequest("https://" + LONG, "secret-123"),
                        "instance"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requests")
    void shouldRefuseAnOverLongValueForItsLengthAlone(String name, Object request, String field) {
        assertThat(validator.validate(request)).singleElement().satisfies(violation -> {
            assertThat(violation.getPropertyPath()).hasToString(field);
            assertThat(violation.getConstraintDescriptor().getAnnotation())
                    .isInstanceOf(jakarta.validation.constraints.Size.class);
        });
    }
}
