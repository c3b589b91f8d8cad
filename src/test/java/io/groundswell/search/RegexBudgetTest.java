package io.groundswell.search;

import static io.groundswell.testing.RegexBudget.adversaries;
import static io.groundswell.testing.RegexBudget.repeat;
import static org.assertj.core.api.Assertions.assertThat;

import io.groundswell.post.BodyFormat;
import io.groundswell.testing.RegexBudgetChecks;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The text read for trends and snippets from post bodies, which run to megabytes: 1 MB built to
 * make the mail-header, code-fence and code-marker checks backtrack is read within the budget.
 */
class RegexBudgetTest extends RegexBudgetChecks {

    /** Class loading and first compilation are not what the budget measures. */
    @BeforeAll
    static void loadTheClasses() {
        AnalysisText.of("title", "body ``` code", BodyFormat.TEXT);
        Snippets.opening("text");
    }

    static Stream<Arguments> checks() {
        Map<String, String> inputs = adversaries();
        inputs.put("code fences, many", repeat("```x"));
        inputs.put("a reply attribution that never ends", "on " + repeat("x") + " wrote");
        inputs.put("a header keyword, then spaces", "Subject" + repeat(" ") + "x:");
        inputs.put("a parenthesis, then spaces", "x)" + repeat(" ") + "x");
        inputs.put("a tag that never closes", "<" + repeat("a"));
        inputs.put("header lines", repeat("From: someone\nam 1. Mai schrieb x\n"));
        inputs.put("code-like lines", repeat("a) {\n<b>x</b> == y\n"));
        List<Arguments> checks = new ArrayList<>();
        inputs.forEach((name, text) -> {
            checks.add(Arguments.of(
                    "plain-text body of " + name, (Executable) () -> AnalysisText.of("t", text, BodyFormat.TEXT)));
            checks.add(Arguments.of("title of " + name, (Executable) () -> AnalysisText.of(text, "", BodyFormat.TEXT)));
            checks.add(Arguments.of("lines of " + name, (Executable) () -> AnalysisText.dropQuotesAndCode(text)));
            checks.add(Arguments.of("snippet opening of " + name, (Executable) () -> Snippets.opening(text)));
        });
        return checks.stream();
    }

    @Test
    void shouldStillDropFencedCodeHeadersAndCodeLines() {
        assertThat(AnalysisText.withoutFencedCode("a ```code``` b ```open")).isEqualTo("a   b  ");
        assertThat(AnalysisText.withoutFencedCode("no fence")).isEqualTo("no fence");
        assertThat(AnalysisText.of("", "Hello\nFrom:  Jane\nOn Monday, Jane wrote:\nif (x) {\nBye", BodyFormat.TEXT))
                .isEqualTo("\nHello\n\n\n\nBye");
        String longLine = "Subject: a == b " + "x".repeat(2_000);
        assertThat(AnalysisText.dropQuotesAndCode(longLine)).isEqualTo(longLine);
        assertThat(Snippets.opening("  Fish \n\t &  chips  ")).isEqualTo("Fish &amp; chips");
        assertThat(Snippets.opening(" word".repeat(100) + repeat(" ")))
                .hasSize(200)
                .endsWith("word…");
    }
}
