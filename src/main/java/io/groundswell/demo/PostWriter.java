package io.groundswell.demo;

import io.groundswell.post.BodyFormat;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Composes the title and body of a post from a language's templates: sentences that mix the topic's
 * terms with common background words, in paragraphs, rendered as plain text, or as Markdown or HTML
 * with a heading, a list of next steps and a link or two.
 */
final class PostWriter {

    /** Share of {@code {n}} slots filled with a topic term instead, so topic terms are frequent but not dominant. */
    private static final double TOPIC_NOUN_SHARE = 0.12;

    /** Share of {@code {t}} slots that name another topic: real posts wander off their subject. */
    private static final double STRAY_TERM_SHARE = 0.08;

    /** Draws of a sentence template before a repeated one is accepted (short vocabularies run out). */
    private static final int REDRAWS = 4;

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
        int targetWords = 60 + (int) (200 * StrictMath.pow(random.nextDouble(), 1.7));
        List<String> paragraphs = new ArrayList<>();
        Set<String> used = new HashSet<>();
        int words = 0;
        while (words < targetWords) {
            StringBuilder paragraph = new StringBuilder();
            int sentences = 2 + random.nextInt(3);
            for (int s = 0; s < sentences && words < targetWords; s++) {
                String sentence = capitalise(slots.fill(unused(language, used, random)));
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

    /** A sentence template this post has not used yet, if a few draws find one: people rarely repeat themselves. */
    private static String unused(Vocabulary language, Set<String> used, SplittableRandom random) {
        String template = language.sentence(random);
        for (int draw = 1; draw < REDRAWS && !used.add(template); draw++) {
            template = language.sentence(random);
        }
        return template;
    }

    /**
     * A post laid out as people lay out a longer post: an opening paragraph, the rest under a
     * heading, the next steps as a list, and a link to the topic's page (sometimes to a thread too).
     */
    private static String markdown(
            Topic topic, List<String> paragraphs, String link, Slots slots, SplittableRandom random) {
        StringBuilder md = new StringBuilder(paragraphs.get(0)).append("\n\n");
        if (paragraphs.size() > 1) {
            md.append("## ").append(slots.language.heading(random)).append("\n\n");
            md.append(String.join("\n\n", paragraphs.subList(1, paragraphs.size())))
                    .append("\n\n");
        }
        md.append("## ").append(slots.language.nextSteps()).append("\n\n");
        for (String item : bullets(slots, random)) {
            md.append("- ").append(item).append('\n');
        }
        md.append('\n').append(slots.language.readMore(topic.name(), link)).append('\n');
        if (random.nextBoolean()) {
            md.append("\n[")
                    .append(capitalise(slots.fill("{t}")))
                    .append("](https://forum.intranet.example/t/")
                    .append(random.nextInt(100_000))
                    .append(")\n");
        }
        return md.toString();
    }

    /** The same layout as HTML, as wikis and feeds deliver it. */
    private static String html(
            Topic topic, List<String> paragraphs, String link, Slots slots, SplittableRandom random) {
        StringBuilder html = new StringBuilder();
        for (int i = 0; i < paragraphs.size(); i++) {
            if (i == 1) {
                html.append("<h2>").append(slots.language.heading(random)).append("</h2>\n");
            }
            html.append("<p>").append(paragraphs.get(i)).append("</p>\n");
        }
        html.append("<h2>").append(slots.language.nextSteps()).append("</h2>\n<ul>");
        for (String item : bullets(slots, random)) {
            html.append("<li>").append(item).append("</li>");
        }
        html.append("</ul>\n<p><a href=\"")
                .append(link)
                .append("\">")
                .append(topic.name())
                .append("</a></p>\n");
        return html.toString();
    }

    private static List<String> bullets(Slots slots, SplittableRandom random) {
        List<String> items = new ArrayList<>();
        for (int i = 0, count = 2 + random.nextInt(3); i < count; i++) {
            items.add(capitalise(slots.fill(slots.language.bullet(random))));
        }
        return items;
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
