package io.groundswell.identity;

import io.groundswell.system.ProblemException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a new password must be, after NIST SP 800-63B: long enough, not one of the passwords people
 * choose most often, not a run along the keyboard, not the username. No rules of composition
 * (digits, capitals, symbols): they make passwords harder to remember, not to guess.
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 128;

    /** Runs that people type as passwords, each read forwards and backwards. */
    private static final List<String> RUNS = List.of(
            "abcdefghijklmnopqrstuvwxyz",
            "01234567890123456789",
            "qwertyuiopasdfghjklzxcvbnm",
            "qwertzuiopasdfghjklyxcvbnm",
            "azertyuiopqsdfghjklmwxcvbn",
            "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p",
            "qazwsxedcrfvtgbyhnujmikolp",
            "!@#$%^&*()_+");

    private static final Set<String> COMMON = load("common-passwords.txt");

    private PasswordPolicy() {}

    /** Refuses a password that breaks the policy with a 400 naming the field and the reason. */
    static void check(String field, String username, String password) {
        problemWith(username, password).ifPresent(reason -> {
            throw ProblemException.invalid(field, reason);
        });
    }

    /** Why the password may not be used, or nothing if it may. */
    static Optional<String> problemWith(String username, String password) {
        // Lengths count characters as people see them, not UTF-16 units: an emoji is one.
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of("must be at least " + MIN_LENGTH + " characters long; a few words make a good one");
        }
        if (length > MAX_LENGTH) {
            return Optional.of("must be at most " + MAX_LENGTH + " characters long");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        String stem = stem(lower);
        if (username != null
                && (lower.equals(username.toLowerCase(Locale.ROOT))
                        || !stem.isEmpty() && stem.equals(stem(username)))) {
            return Optional.of("must not be the username");
        }
        if (COMMON.contains(lower) || COMMON.contains(stem)) {
            return Optional.of("is one of the most common passwords, or one of them with digits or symbols added");
        }
        String trimmed = lower.strip();
        if (repeats(trimmed) || isRun(trimmed)) {
            return Optional.of("repeats itself or runs along the keyboard or the alphabet");
        }
        return Optional.empty();
    }

    /**
     * The word inside a password: lower case, without the digits and symbols people add at either
     * end to satisfy composition rules, and with look-alike digits read as the letters they stand for.
     */
    static String stem(String password) {
        String lower = password.toLowerCase(Locale.ROOT);
        int start = 0;
        int end = lower.length();
        while (start < end && !Character.isLetter(lower.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetter(lower.charAt(end - 1))) {
            end--;
        }
        StringBuilder stem = new StringBuilder(end - start);
        for (int i = start; i < end; i++) {
            char c = lower.charAt(i);
            stem.append(
                    switch (c) {
                        case '0' -> 'o';
                        case '1' -> 'i';
                        case '3' -> 'e';
                        case '4', '@' -> 'a';
                        case '5', '$' -> 's';
                        case '7' -> 't';
                        default -> c;
                    });
        }
        return stem.toString();
    }

    /** Whether the text is one shorter text over and over, such as "aaaaaaaaaaaa" or "abcabcabcabc". */
    private static boolean repeats(String text) {
        return (text + text).indexOf(text, 1) < text.length();
    }

    private static boolean isRun(String text) {
        for (String run : RUNS) {
            if (run.contains(text)
                    || new StringBuilder(run).reverse().toString().contains(text)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> load(String resource) {
        Set<String> words = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The list of common passwords is missing: " + resource);
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String word = line.strip().toLowerCase(Locale.ROOT);
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(word);
                    words.add(stem(word));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        words.remove("");
        return Set.copyOf(words);
    }
}
