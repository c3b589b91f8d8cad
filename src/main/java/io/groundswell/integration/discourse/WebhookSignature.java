package io.groundswell.integration.discourse;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Discourse's {@code X-Discourse-Event-Signature: sha256=<hex>}: HMAC-SHA256 of the raw body with
 * the shared secret. Computed over the bytes as received, since re-serialised JSON would differ,
 * and compared in constant time so response timing does not reveal how much of a guess was right.
 */
final class WebhookSignature {

    private static final String PREFIX = "sha256=";
    private static final String ALGORITHM = "HmacSHA256";

    private WebhookSignature() {}

    static boolean matches(String secret, byte[] body, String header) {
        if (header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            return false;
        }
        byte[] given;
        try {
            given = HexFormat.of().parseHex(header.substring(PREFIX.length()).strip());
        } catch (IllegalArgumentException notHex) {
            return false;
        }
        return MessageDigest.isEqual(sign(secret, body), given);
    }

    static byte[] sign(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
