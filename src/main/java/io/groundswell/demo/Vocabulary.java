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

    /**
     * How a longer post is laid out in this language: list items (templates with slots), section
     * headings, the heading of the closing list, and the line that links to more ({@code {T}} and
     * {@code {link}}, in Markdown).
     */
    record Layout(List<String> bullets, List<String> headings, String nextSteps, String readMore) {}

    private final String code;
    private final List<String> sentences;
    private final List<String> titles;
    private final Layout layout;
    private final UnaryOperator<String> polish;
    private final List<String> nouns;
    private final List<String> verbs;
    private final List<String> adjectives;
    private final WeightedSampler nounSampler;
    private final WeightedSampler verbSampler;
    private final WeightedSampler adjectiveSampler;

    /**
     * @param layout list items and headings, in the word order of the language
     * @param polish fixes up a filled template where words meet (English "a" before a vowel)
     */
    Vocabulary(
            String code,
            List<String> sentences,
            List<String> titles,
            Layout layout,
            String nouns,
            String verbs,
            String adjectives,
            UnaryOperator<String> polish) {
        this.code = code;
        this.sentences = List.copyOf(sentences);
        this.titles = List.copyOf(titles);
        this.layout = layout;
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

    String bullet(SplittableRandom random) {
        return layout.bullets().get(random.nextInt(layout.bullets().size()));
    }

    String heading(SplittableRandom random) {
        return layout.headings().get(random.nextInt(layout.headings().size()));
    }

    String nextSteps() {
        return layout.nextSteps();
    }

    /** The closing line that links to the topic's page, as Markdown. */
    String readMore(String topic, String link) {
        return layout.readMore().replace("{T}", topic).replace("{link}", link);
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
