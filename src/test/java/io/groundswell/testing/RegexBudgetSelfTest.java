package io.groundswell.testing;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The budget itself: it stops a backtracking pattern, lets a linear one pass, and reports failures. */
class RegexBudgetSelfTest {

    @Test
    void shouldStopAPatternThatBacktracksForever() {
        Pattern nested = Pattern.compile("(.*a){20}");
        CharSequence input = RegexBudget.interruptible("a".repeat(40) + "!");

        assertThatThrownBy(() -> RegexBudget.assertWithinBudget(
                        () -> nested.matcher(input).matches()))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("CPU time");
    }

    @Test
    void shouldLetALinearCheckOfAMegabytePass() {
        Pattern possessive = Pattern.compile("(?:<a)++!");
        CharSequence input = RegexBudget.interruptible(RegexBudget.repeat("<a"));

        assertThatCode(() -> RegexBudget.assertWithinBudget(
                        () -> possessive.matcher(input).matches()))
                .doesNotThrowAnyException();
    }

    @Test
    void shouldReportWhatTheCheckItselfAsserts() {
        assertThatThrownBy(() -> RegexBudget.assertWithinBudget(() -> {
                    throw new AssertionError("the check's own assertion");
                }))
                .hasMessage("the check's own assertion");
    }
}
