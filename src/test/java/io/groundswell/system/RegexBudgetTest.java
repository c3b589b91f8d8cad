package io.groundswell.system;

import static io.groundswell.testing.RegexBudget.adversaries;
import static io.groundswell.testing.RegexBudget.interruptible;
import static io.groundswell.testing.RegexBudget.repeat;
import static org.assertj.core.api.Assertions.assertThat;

import io.groundswell.integration.IncomingText;
import io.groundswell.post.PostRequest;
import io.groundswell.testing.RegexBudgetChecks;
import io.groundswell.trend.TrendExplainer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationValue;
import org.jboss.jandex.DotName;
import org.jboss.jandex.Index;
import org.jboss.jandex.Indexer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Every regular expression the application applies to what people send, fed 1 MB built to make
 * it backtrack: each must finish within the budget. The {@code @Pattern} constraints are found
 * in the compiled classes, so a new one is checked without being listed here.
 */
class RegexBudgetTest extends RegexBudgetChecks {

    private static final DotName PATTERN = DotName.createSimple(jakarta.validation.constraints.Pattern.class);

    /** Class loading and the first compilation of the matching loops are not what the budget measures. */
    @BeforeAll
    static void warmUp() {
        String sample = "a".repeat(64 * 1024);
        constraintPatterns().forEach((regexp, flags) -> Pattern.compile(regexp, flags)
                .matcher(interruptible(sample))
                .matches());
    }

    static Stream<Arguments> checks() {
        List<Arguments> checks = new ArrayList<>();
        constraintPatterns().forEach((regexp, flags) -> adversaries()
                .forEach((input, text) -> checks.add(Arguments.of(
                        "@Pattern " + regexp + " on " + input, (Executable) () -> Pattern.compile(regexp, flags)
                                .matcher(interruptible(text))
                                .matches()))));
        for (Map.Entry<String, String> input : adversaries().entrySet()) {
            String text = input.getValue();
            checks.add(check("request path of " + input.getKey(), () -> RequestShape.pathProblem("/api/" + text)));
            checks.add(check("Content-Type of " + input.getKey(), () -> RequestShape.contentTypeProblem(text)));
            checks.add(check("trend key of " + input.getKey(), () -> TrendExplainer.keyOf(text)));
            checks.add(check("integration title of " + input.getKey(), () -> IncomingText.title(text, "x")));
            checks.add(check("integration URL of " + input.getKey(), () -> IncomingText.url(text)));
        }
        checks.add(check("trend key of spaces between words", () -> TrendExplainer.keyOf(repeat("a \t "))));
        return checks.stream();
    }

    private static Arguments check(String name, Executable check) {
        return Arguments.of(name, check);
    }

    @Test
    void shouldFindTheConstraintPatterns() {
        assertThat(constraintPatterns()).containsKey("[a-z0-9][a-z0-9._-]*").hasSizeGreaterThan(5);
    }

    /** Every distinct {@code @Pattern} regexp of the application, with its flags. */
    static Map<String, Integer> constraintPatterns() {
        Index index = index();
        Map<String, Integer> patterns = new TreeMap<>();
        for (AnnotationInstance pattern : index.getAnnotations(PATTERN)) {
            int flags = 0;
            AnnotationValue declared = pattern.value("flags");
            if (declared != null) {
                for (String flag : declared.asEnumArray()) {
                    flags |= jakarta.validation.constraints.Pattern.Flag.valueOf(flag)
                            .getValue();
                }
            }
            patterns.put(pattern.value("regexp").asString(), flags);
        }
        return patterns;
    }

    private static Index index() {
        Indexer indexer = new Indexer();
        try (Stream<Path> files = Files.walk(classes())) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    indexer.index(in);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return indexer.complete();
    }

    /** The application's compiled classes (target/classes), not the tests'. */
    private static Path classes() {
        try {
            return Path.of(PostRequest.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
