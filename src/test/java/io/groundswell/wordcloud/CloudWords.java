package io.groundswell.wordcloud;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Test words: made-up terms with Zipf-like weights, as a trend analysis would rank them. */
final class CloudWords {

    private static final String[] SYLLABLES = {
        "ka", "lo", "mi", "ren", "to", "vas", "del", "qui", "bor", "sen", "ta", "ny", "pho", "gra", "zu"
    };

    private CloudWords() {}

    /** {@code count} distinct words, the i-th weighing 100 / i, trends cycling through all three. */
    static List<CloudWord> zipf(int count, long seed) {
        Random random = new Random(seed);
        List<CloudWord> words = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            StringBuilder text = new StringBuilder();
            int syllables = 1 + random.nextInt(3);
            for (int s = 0; s < syllables; s++) {
                text.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
            }
            text.append(i);
            words.add(new CloudWord(text.toString(), 100.0 / i, Direction.values()[i % 3]));
        }
        return words;
    }

    static CloudWord word(String text, double weight) {
        return new CloudWord(text, weight, Direction.STEADY);
    }
}
