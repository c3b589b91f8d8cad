package io.groundswell.search;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * One author's voice in one thread, as a 64-bit hash of thread key and author key: a number per
 * post that analytics compare without decoding strings. SHA-256 spreads the keys evenly: among a
 * million voices, the odds that any two share a hash are about one in thirty million.
 */
final class ThreadVoices {

    private ThreadVoices() {}

    static long of(String threadKey, String authorKey) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(threadKey.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(authorKey.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest.digest()).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
