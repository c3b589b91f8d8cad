package io.groundswell.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StrictUtf8BodiesTest {

    private static byte[] with(String before, int[] bytes, String after) {
        byte[] head = before.getBytes(StandardCharsets.UTF_8);
        byte[] tail = after.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + bytes.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        for (int i = 0; i < bytes.length; i++) {
            all[head.length + i] = (byte) bytes[i];
        }
        System.arraycopy(tail, 0, all, head.length + bytes.length, tail.length);
        return all;
    }

    @Test
    void shouldAcceptAsciiAndWellFormedUtf8OfAnyLength() {
        assertThat(StrictUtf8Bodies.isUtf8(new byte[0])).isTrue();
        assertThat(StrictUtf8Bodies.isUtf8("{\"title\": \"plain\"}".getBytes(StandardCharsets.UTF_8)))
                .isTrue();
        String text = "Café ☕ 𝄞 ".repeat(5_000); // far past the 4,096-char buffer
        assertThat(StrictUtf8Bodies.isUtf8(text.getBytes(StandardCharsets.UTF_8)))
                .isTrue();
    }

    @Test
    void shouldRefuseOverlongFormsSurrogatesAndTruncation() {
        assertThat(StrictUtf8Bodies.isUtf8(with("{\"a\": \"", new int[] {0xC0, 0xAF}, "\"}")))
                .isFalse();
        assertThat(StrictUtf8Bodies.isUtf8(with("{\"a\": \"", new int[] {0xED, 0xA0, 0x80}, "\"}")))
                .isFalse();
        assertThat(StrictUtf8Bodies.isUtf8(with("{\"a\": \"", new int[] {0xF4, 0x90, 0x80, 0x80}, "\"}")))
                .isFalse();
        assertThat(StrictUtf8Bodies.isUtf8(with("{\"a\": \"é", new int[] {0xC3}, "")))
                .isFalse();
        // An error far beyond the first buffer's worth of characters is still found.
        assertThat(StrictUtf8Bodies.isUtf8(with("é".repeat(20_000), new int[] {0xFF}, "é")))
                .isFalse();
    }
}
