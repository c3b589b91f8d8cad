package io.groundswell.demo;

import io.groundswell.post.BodyFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Composes the title and body of a post from a language's templates: sentences that mix the topic's
 * terms with common background words, in paragraphs, rendered as plain text, Markdown or HTML with
 * a link or two.
 */
final class PostWriter {

    /** Share of {@code {n}} slots filled with a topic term instead, so topic terms are frequent but not dominant. */
    private static final double TOPIC_NOUN_SHARE = 0.12;

    /** Share of {@code {t}} slots that name another topic: real posts wander off their subject. */
    private static final double STRAY_TERM_SHARE = 0.08;

    private static final List<String> GENERIC_TAGS = List.of("question", "announcement", "howto", "idea");

    private final List<Topic> topics;

    PostWriter(List<Topic> topics) {
        this.topics = topics;
    }

    /** The written parts of a post. */
    record Text(String title, String body, List<String> tags) {}

    Text write(Topic topic, Vocabulary language, BodyFormat format, String department, SplittableRandom random) {
        Slots slots = new Slots(topic, language, department, random);
        String title = capitalise(slots.fill(language.title(random)));
        int targetWords = 60 + (int) (240 * StrictMath.pow(random.nextDouble(), 1.7));
        List<String> paragraphs = new ArrayList<>();
        int words = 0;
        while (words < targetWords) {
            StringBuilder paragraph = new StringBuilder();
            int sentences = 2 + random.nextInt(4);
            for (int s = 0; s < sentences && words < targetWords; s++) {
                String sentence = capitalise(slots.fill(language.sentence(random)));
                paragraph.append(paragraph.isEmpty() ? "" : " ").append(sentence);
                words += sentence.split(" ").length;
            }
            paragraphs.add(paragraph.toString());
        }
        String link = "https://wiki.intranet.example/pages/" + slug(topic.name());
        String body =
                switch (format) {
                    case TEXT -> String.join("\n\n", paragraphs) + (random.nextDouble() < 0.2 ? "\n\n" + link : "");
                    case MARKDOWN -> markdown(topic, paragraphs, link, slots, random);
                    case HTML -> html(topic, paragraphs, link, slots, random);
                };
        return new Text(title, body, tags(topic, random));
    }

    private static String markdown(
            Topic topic, List<String> paragraphs, String link, Slots slots, SplittableRandom random) {
        StringBuilder md = new StringBuilder("## ").append(topic.name()).append("\n\n");
        md.append(String.join("\n\n", paragraphs)).append("\n\n");
        for (int i = 0, items = 2 + random.nextInt(3); i < items; i++) {
            md.append("- ")
                    .append(capitalise(slots.fill(slots.language.bullet())))
                    .append('\n');
        }
        md.append("\n[").append(topic.name()).append("](").append(link).append(")\n");
        if (random.nextBoolean()) {
            md.append("[")
                    .append(slots.fill("{t}"))
                    .append("](https://forum.intranet.example/t/")
                    .append(random.nextInt(100_000))
                    .append(")\n");
        }
        return md.toString();
    }

    private static String html(
            Topic topic, List<String> paragraphs, String link, Slots slots, SplittableRandom random) {
        StringBuilder html = new StringBuilder();
        for (String paragraph : paragraphs) {
            html.append("<p>").append(paragraph).append("</p>\n");
        }
        html.append("<ul>");
        for (int i = 0, items = 2 + random.nextInt(3); i < items; i++) {
            html.append("<li>")
                    .append(capitalise(slots.fill(slots.language.bullet())))
                    .append("</li>");
        }
        html.append("</ul>\n<p><a href=\"")
                .append(link)
                .append("\">")
                .append(topic.name())
                .append("</a></p>\n");
        return html.toString();
    }

    private static List<String> tags(Topic topic, SplittableRandom random) {
        int count = random.nextInt(4);
        List<String> tags = new ArrayList<>(
                topic.tags().subList(0, Math.min(count, topic.tags().size())));
        if (tags.size() < count) {
            tags.add(GENERIC_TAGS.get(random.nextInt(GENERIC_TAGS.size())));
        }
        return List.copyOf(tags);
    }

    /** Fills template slots for one post. */
    private final class Slots {
        private final Topic topic;
        private final Vocabulary language;
        private final String department;
        private final SplittableRandom random;

        Slots(Topic topic, Vocabulary language, String department, SplittableRandom random) {
            this.topic = topic;
            this.language = language;
            this.department = department;
            this.random = random;
        }

        String fill(String template) {
            StringBuilder out = new StringBuilder(template.length() + 40);
            for (int i = 0; i < template.length(); i++) {
                char c = template.charAt(i);
                if (c == '{' && i + 2 < template.length() && template.charAt(i + 2) == '}') {
                    out.append(word(template.charAt(i + 1)));
                    i += 2;
                } else {
                    out.append(c);
                }
            }
            return language.polish(out.toString());
        }

        private String word(char slot) {
            return switch (slot) {
                case 'n' -> random.nextDouble() < TOPIC_NOUN_SHARE ? term() : language.noun(random);
                case 'v' -> language.verb(random);
                case 'a' -> language.adjective(random);
                case 't' -> term();
                case 'T' -> topic.name();
                case 'd' -> department;
                default -> throw new IllegalArgumentException("unknown slot {" + slot + "}");
            };
        }

        private String term() {
            Topic from = random.nextDouble() < STRAY_TERM_SHARE ? topics.get(random.nextInt(topics.size())) : topic;
            return from.terms().get(random.nextInt(from.terms().size()));
        }
    }

    private static String capitalise(String text) {
        int first = 0;
        while (first < text.length() && !Character.isLetter(text.charAt(first))) {
            first++;
        }
        if (first == text.length()) {
            return text;
        }
        return text.substring(0, first) + Character.toUpperCase(text.charAt(first)) + text.substring(first + 1);
    }

    static String slug(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }
}
