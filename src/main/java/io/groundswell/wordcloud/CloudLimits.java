package io.groundswell.wordcloud;

import io.groundswell.system.ProblemException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a cloud request may ask for. Kumo's memory and time grow with the canvas and with every
 * word that does not fit, so the canvas is bounded and the words beyond {@link #MAX_WORDS} are not
 * laid out at all (they are reported unplaced); a list far beyond that is refused outright.
 */
public final class CloudLimits {

    public static final int MIN_SIDE_PX = 100;
    public static final int MAX_SIDE_PX = 2000;
    public static final int MAX_PADDING_PX = 20;
    public static final int MAX_TEXT_CHARS = 64;

    /** The heaviest words laid out per image; the rest are reported unplaced without trying. */
    public static final int MAX_WORDS = 200;

    /** Longer lists are refused: they would only cost validation, hashing and cache memory. */
    public static final int MAX_INPUT_WORDS = 1000;

    private CloudLimits() {}

    static void checkCanvas(int width, int height) {
        checkSide("width", width);
        checkSide("height", height);
    }

    static void checkPadding(int padding) {
        if (padding < 0 || padding > MAX_PADDING_PX) {
            throw ProblemException.invalid("padding", "must be between 0 and " + MAX_PADDING_PX + " pixels");
        }
    }

    static void checkWords(String field, List<CloudWord> words) {
        if (words.size() > MAX_INPUT_WORDS) {
            throw ProblemException.invalid(field, "at most " + MAX_INPUT_WORDS + " words");
        }
        Set<String> seen = new HashSet<>();
        for (CloudWord word : words) {
            checkText(field, word.text());
            if (!Double.isFinite(word.weight()) || word.weight() < 0) {
                throw ProblemException.invalid(
                        field, "the weight of '" + word.text() + "' must be finite and not negative");
            }
            if (!seen.add(word.text())) {
                throw ProblemException.invalid(field, "'" + word.text() + "' is listed twice");
            }
        }
    }

    private static void checkSide(String field, int pixels) {
        if (pixels < MIN_SIDE_PX || pixels > MAX_SIDE_PX) {
            throw ProblemException.invalid(
                    field, "must be between " + MIN_SIDE_PX + " and " + MAX_SIDE_PX + " pixels, was " + pixels);
        }
    }

    private static void checkText(String field, String text) {
        if (text.isBlank()) {
            throw ProblemException.invalid(field, "a word is blank");
        }
        if (text.length() > MAX_TEXT_CHARS) {
            throw ProblemException.invalid(field, "a word is longer than " + MAX_TEXT_CHARS + " characters");
        }
        if (text.chars().anyMatch(Character::isISOControl)) {
            throw ProblemException.invalid(field, "a word contains a control character");
        }
    }
}
