package io.groundswell.identity;

import static org.assertj.core.api.Assertions.assertThat;

import at.favre.lib.crypto.bcrypt.BCrypt;
import org.junit.jupiter.api.Test;

/** Password hashing: no length of password is an error, and hashes of the first scheme still verify. */
class SecretsTest {

    /** 100 characters of three UTF-8 bytes each: 300 bytes, four times bcrypt's limit. */
    private static final String LONG_MULTIBYTE = "密".repeat(99) + "码";

    @Test
    void shouldHashAndVerifyAPasswordBeyondBcryptsLimit() {
        String hash = Secrets.hashPassword(LONG_MULTIBYTE);

        assertThat(hash).startsWith(Secrets.PREHASHED);
        assertThat(Secrets.passwordMatches(LONG_MULTIBYTE, hash)).isTrue();
    }

    @Test
    void shouldTellPasswordsApartBeyondTheir72ndByte() {
        String hash = Secrets.hashPassword(LONG_MULTIBYTE);

        // Differs only in the last character, well past what bcrypt alone would read.
        assertThat(Secrets.passwordMatches("密".repeat(100), hash)).isFalse();
    }

    @Test
    void shouldStillVerifyAHashOfTheFirstScheme() {
        String firstScheme = BCrypt.withDefaults().hashToString(10, "an old password".toCharArray());

        assertThat(Secrets.passwordMatches("an old password", firstScheme)).isTrue();
        assertThat(Secrets.passwordMatches("another password", firstScheme)).isFalse();
    }

    @Test
    void shouldRefuseWithoutErrorAPasswordTooLongForTheFirstScheme() {
        String firstScheme = BCrypt.withDefaults().hashToString(10, "an old password".toCharArray());

        assertThat(Secrets.passwordMatches("x".repeat(1000), firstScheme)).isFalse();
    }

    @Test
    void shouldRefuseWithoutErrorAVeryLongPasswordAgainstTheSecondScheme() {
        String hash = Secrets.hashPassword("a short password");

        assertThat(Secrets.passwordMatches("x".repeat(1000), hash)).isFalse();
    }

    @Test
    void shouldFitTheStoredHashInItsColumn() {
        // user_account.password_hash is VARCHAR(100).
        assertThat(Secrets.hashPassword(LONG_MULTIBYTE)).hasSizeLessThanOrEqualTo(100);
    }
}
