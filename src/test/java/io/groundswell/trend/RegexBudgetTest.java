package io.groundswell.trend;

import static io.groundswell.testing.RegexBudget.adversaries;
import static io.groundswell.testing.RegexBudget.repeat;
import static org.assertj.core.api.Assertions.assertThat;

import io.groundswell.testing.RegexBudgetChecks;
import io.groundswell.trend.TrendPosts.Loaded;
import io.groundswell.trend.TrendTerm.PostRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.provider.Arguments;

/** A term's display form is looked for in posts of megabytes: 1 MB built to make it backtrack is read within the budget. */
class RegexBudgetTest extends RegexBudgetChecks {

    private static final PostRef REF = new PostRef(1, "t", null, 0, 0);

    /** Class loading and first compilation are not what the budget measures. */
    @BeforeAll
    static void loadTheClasses() {
        TrendPosts.displayForm("a b", List.of(new Loaded(REF, "A b")));
    }

    static Stream<Arguments> checks() {
        Map<String, String> inputs = adversaries();
        inputs.put("the first word, then spaces", "a" + repeat(" ") + "c");
        inputs.put("the first word, again and again", repeat("a "));
        inputs.put("the phrase, again and again", repeat("A  b "));
        List<Arguments> checks = new ArrayList<>();
        inputs.forEach((name, text) -> checks.add(Arguments.of("display form in " + name, (Executable)
                () -> TrendPosts.displayForm("a b", List.of(new Loaded(REF, text))))));
        return checks.stream();
    }

    @Test
    void shouldStillFindTheMostFrequentSpelling() {
        String text = "We run Kubernetes  Cluster and a kubernetes\ncluster; Kubernetes Cluster again.";
        assertThat(TrendPosts.displayForm("kubernetes cluster", List.of(new Loaded(REF, text))))
                .isEqualTo("Kubernetes Cluster");
    }
}
