package io.groundswell.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class IncomingTextTest {

    @Test
    void shouldKeepPlainTextTitlesExactlyAsSent() {
        for (String title : List.of(
                "Is a<b && b>c true?",
                "Why does <div> collapse in flexbox?",
                "<nettime> The War Prayer",
                "Cron <yyyy@dogma> /home/yyyy/logs/runme",
                "R&amp;D budget, &lt;draft&gt;")) {
            assertThat(IncomingText.title(title, "fallback")).isEqualTo(title);
        }
    }

    @Test
    void shouldStripAndCutTitlesAndFallBackOnBlankOnes() {
        assertThat(IncomingText.title("  A title\n", "fallback")).isEqualTo("A title");
        assertThat(IncomingText.title(" \t", "fallback")).isEqualTo("fallback");
        assertThat(IncomingText.title(null, "fallback")).isEqualTo("fallback");
        assertThat(IncomingText.title("x".repeat(600), "fallback")).hasSize(IncomingText.MAX_TITLE);
    }

    @Test
    void shouldNeverHalveACharacterWhenCutting() {
        String emoji = "\uD83D\uDE00";
        assertThat(IncomingText.cut("x".repeat(499) + emoji, 500)).isEqualTo("x".repeat(499));
        assertThat(IncomingText.cut("x".repeat(498) + emoji + "y", 500)).isEqualTo("x".repeat(498) + emoji);
    }

    @Test
    void shouldReadTheTextOfFieldsDeclaredHtml() {
        assertThat(IncomingText.textOfHtml("Is a&lt;b &amp;&amp; b&gt;c <em>true</em>?"))
                .isEqualTo("Is a<b && b>c true?");
    }

    @Test
    void shouldKeepPastDatesAndBringFutureOnesToNow() {
        Instant past = Instant.parse("2019-03-04T05:06:07Z");
        assertThat(IncomingText.notAfterNow(past)).isEqualTo(past);
        Instant future = Instant.now().plus(Duration.ofDays(3));
        assertThat(IncomingText.notAfterNow(future))
                .isBefore(future)
                .isAfter(Instant.now().minusSeconds(60));
        assertThat(IncomingText.notAfterNow(Instant.parse("+999999999-12-31T00:00:00Z")))
                .isBefore(Instant.now().plusSeconds(1));
    }

    @Test
    void shouldTreatDatesBeforeTheYearOneAsNoDate() {
        assertThat(IncomingText.notAfterNow(Instant.parse("-0004-01-01T00:00:00Z")))
                .isNull();
        assertThat(IncomingText.notAfterNow(null)).isNull();
    }
}
