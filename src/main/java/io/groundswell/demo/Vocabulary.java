package io.groundswell.demo;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;

/**
 * What a post writer needs to compose sentences in one language: sentence and title templates with
 * slots, and word lists ordered from most to least common. Words are drawn with a Zipf law over that
 * order, so word counts in the corpus fall off the way they do in real text.
 *
 * <p>Slots: {@code {n}} noun, {@code {v}} verb, {@code {a}} adjective, {@code {t}} a term of the
 * post's topic, {@code {T}} the topic's name, {@code {d}} the author's department.
 */
final class Vocabulary {

    private final String code;
    private final List<String> sentences;
    private final List<String> titles;
    private final String bullet;
    private final UnaryOperator<String> polish;
    private final List<String> nouns;
    private final List<String> verbs;
    private final List<String> adjectives;
    private final WeightedSampler nounSampler;
    private final WeightedSampler verbSampler;
    private final WeightedSampler adjectiveSampler;

    /**
     * @param bullet the template of a list item, in the word order of the language
     * @param polish fixes up a filled template where words meet (English "a" before a vowel)
     */
    Vocabulary(
            String code,
            List<String> sentences,
            List<String> titles,
            String bullet,
            String nouns,
            String verbs,
            String adjectives,
            UnaryOperator<String> polish) {
        this.code = code;
        this.sentences = List.copyOf(sentences);
        this.titles = List.copyOf(titles);
        this.bullet = bullet;
        this.polish = polish;
        this.nouns = words(nouns);
        this.verbs = words(verbs);
        this.adjectives = words(adjectives);
        this.nounSampler = WeightedSampler.zipf(this.nouns.size(), 1.0, 2.7);
        this.verbSampler = WeightedSampler.zipf(this.verbs.size(), 1.0, 2.7);
        this.adjectiveSampler = WeightedSampler.zipf(this.adjectives.size(), 1.0, 2.7);
    }

    /** Comma-separated, so entries may hold spaces ("le tableau de bord"). */
    private static List<String> words(String list) {
        return Arrays.stream(list.split(","))
                .map(String::strip)
                .filter(word -> !word.isEmpty())
                .toList();
    }

    String code() {
        return code;
    }

    String sentence(SplittableRandom random) {
        return sentences.get(random.nextInt(sentences.size()));
    }

    String title(SplittableRandom random) {
        return titles.get(random.nextInt(titles.size()));
    }

    String bullet() {
        return bullet;
    }

    String polish(String text) {
        return polish.apply(text);
    }

    String noun(SplittableRandom random) {
        return nouns.get(nounSampler.sample(random));
    }

    String verb(SplittableRandom random) {
        return verbs.get(verbSampler.sample(random));
    }

    String adjective(SplittableRandom random) {
        return adjectives.get(adjectiveSampler.sample(random));
    }
}
