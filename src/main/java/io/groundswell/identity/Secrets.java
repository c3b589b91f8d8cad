package io.groundswell.identity;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** Hashing and generation of passwords and keys, in one place so the choices are visible. */
final class Secrets {

    /** bcrypt work factor: about 70 ms per hash on these machines; verified passwords are cached. */
    private static final int BCRYPT_COST = 10;

    /** The most bytes of a password the bcrypt library accepts; it throws beyond. */
    private static final int BCRYPT_MAX_BYTES = 72;

    /**
     * Marks hashes of the second scheme, bcrypt over a SHA-256 digest of the password. Hashes without
     * it are of the first scheme, bcrypt over the password itself, and still verify.
     */
    static final String PREHASHED = "{sha256-bcrypt}";

    private static final byte[] PREHASH_DOMAIN = "groundswell password\u0000".getBytes(StandardCharsets.UTF_8);

    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {}

    static String hashPassword(String password) {
        return PREHASHED
                + BCrypt.withDefaults()
                        .hashToString(BCRYPT_COST, prehash(password).toCharArray());
    }

    /**
     * Whether the password matches a stored hash of either scheme. Never throws for a password of any
     * length: sign-in input is the caller's, and a refusal is an answer, not an error.
     */
    static boolean passwordMatches(String password, String hash) {
        if (hash.startsWith(PREHASHED)) {
            byte[] prehashed = prehash(password).getBytes(StandardCharsets.US_ASCII);
            return bcryptMatches(prehashed, hash.substring(PREHASHED.length()));
        }
        byte[] raw = password.getBytes(StandardCharsets.UTF_8);
        // The first scheme could only store passwords within bcrypt's limit (hashing refused longer
        // ones), so a longer password cannot match it; the library would throw rather than say no.
        return raw.length <= BCRYPT_MAX_BYTES && bcryptMatches(raw, hash);
    }

    private static boolean bcryptMatches(byte[] password, String hash) {
        return BCrypt.verifyer().verify(password, hash.getBytes(StandardCharsets.UTF_8)).verified;
    }

    /**
     * bcrypt reads at most 72 bytes, and 64 characters outside ASCII are more than that in UTF-8: the
     * password is first reduced to 44 ASCII characters, whatever its length. The digest is
     * domain-separated so that unsalted SHA-256 hashes leaked elsewhere cannot stand in for the
     * password here; Base64 keeps NUL bytes, which some bcrypt implementations stop at, out of it.
     */
    private static String prehash(String password) {
        MessageDigest digest = sha256Digest();
        digest.update(PREHASH_DOMAIN);
        byte[] hashed = digest.digest(password.getBytes(StandardCharsets.UTF_8));
        return Base64.getEncoder().encodeToString(hashed);
    }

    static String sha256(String value) {
        return HexFormat.of().formatHex(sha256Digest().digest(value.getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** URL-safe random token of the given number of random bytes. */
    static String randomToken(int bytes) {
        byte[] buffer = new byte[bytes];
        RANDOM.nextBytes(buffer);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(buffer);
    }

    /** Lower-case alphanumeric id, for the public half of an API key. */
    static String randomId(int length) {
        String alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
        StringBuilder id = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            id.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return id.toString();
    }

    static boolean constantTimeEquals(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
