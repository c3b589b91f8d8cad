package io.groundswell.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class IncomingTextTest {

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
