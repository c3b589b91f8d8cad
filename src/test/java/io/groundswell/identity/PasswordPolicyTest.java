package io.groundswell.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.groundswell.system.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The password policy: length in characters, common passwords and runs refused, no composition rules. */
class PasswordPolicyTest {

    private static String reasonFor(String password) {
        return PasswordPolicy.problemWith("alice.smith", password).orElse(null);
    }

    @Test
    void shouldCountCharactersNotUtf16Units() {
        // Eleven emoji are 22 UTF-16 units but 11 characters: too short.
        assertThat(reasonFor("🐝".repeat(5) + "🌻".repeat(6))).contains("at least 12");
        assertThat(reasonFor("🐝🌻🍯🐝🌻🍯x🐝🌻🍯🐝🌻")).isNull();
    }

    @Test
    void shouldRefuseTooShortAndTooLong() {
        assertThat(reasonFor("12345678")).contains("at least 12");
        assertThat(reasonFor("maple kayak")).contains("at least 12");
        assertThat(reasonFor("maple kayak!")).isNull();
        assertThat(reasonFor("tortoise lantern ".repeat(7) + "x".repeat(9))).isNull();
        assertThat(reasonFor("tortoise lantern ".repeat(7) + "x".repeat(10))).contains("at most 128");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "password1234",
                "Password2024!",
                "P@ssw0rd12345",
                "iloveyou12345",
                "Summer2026!!!",
                "qwerty123456789",
                "Groundswell2026",
                "123welcome!!!!"
            })
    void shouldRefuseCommonPasswordsWithDigitsAndSymbolsAdded(String password) {
        assertThat(reasonFor(password)).contains("most common");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"aaaaaaaaaaaa", "abcabcabcabc", "123456789012", "qwertyuiopasdf", "lkjhgfdsapoiu", "1qaz2wsx3edc"
            })
    void shouldRefuseRepetitionsAndRuns(String password) {
        assertThat(reasonFor(password)).isNotNull();
    }

    @Test
    void shouldRefuseTheUsernameWithOrWithoutDigits() {
        assertThat(PasswordPolicy.problemWith("alexandrakowalski", "AlexandraKowalski"))
                .hasValue("must not be the username");
        assertThat(PasswordPolicy.problemWith("alexandrakowalski", "alexandrakowalski2026!"))
                .hasValue("must not be the username");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "correct horse battery staple",
                "all lowercase no digits at all",
                "demo-password",
                "admin-test-password",
                "пароль-без-цифр"
            })
    void shouldAcceptLongUncommonPasswordsWithoutAnyCompositionRule(String password) {
        assertThat(reasonFor(password)).isNull();
    }

    @Test
    void shouldNameTheFieldInTheProblem() {
        assertThatThrownBy(() -> PasswordPolicy.check("newPassword", "bob", "12345678"))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.problem().status()).isEqualTo(400);
                    assertThat(e.problem().errors()).singleElement().satisfies(error -> {
                        assertThat(error.field()).isEqualTo("newPassword");
                        assertThat(error.message()).contains("at least 12");
                    });
                });
    }
}
