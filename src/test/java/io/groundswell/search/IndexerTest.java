package io.groundswell.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class IndexerTest {

    @Test
    void shouldBackOffAfterFailuresInARowUpToHalfAMinute() {
        assertEquals(Duration.ofSeconds(1), Indexer.retryPause(1));
        assertEquals(Duration.ofSeconds(2), Indexer.retryPause(2));
        assertEquals(Duration.ofSeconds(16), Indexer.retryPause(5));
        assertEquals(Duration.ofSeconds(30), Indexer.retryPause(6));
        assertEquals(Duration.ofSeconds(30), Indexer.retryPause(1000));
    }
}
