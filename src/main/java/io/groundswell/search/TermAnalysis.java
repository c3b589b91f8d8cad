package io.groundswell.search;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.email.UAX29URLEmailTokenizer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.util.IOUtils;

/**
 * Turns a post into the words and two-word phrases that trend analytics count. Words are kept in
 * lower case and unstemmed, so "Kubernetes" is counted as "kubernetes" and shown as written.
 *
 * <p>Each post's language is guessed from its function words (the language whose stop words it
 * uses most); that language's stop words and English ones (English mixes into every corporate
 * language) are removed, and in a line that uses another language's function words clearly
 * enough (a bilingual announcement, a quoted passage), that language's too. URLs, e-mail addresses, numbers and identifiers that look like code
 * (digits, underscores, dots, camelCase) are not words people talk about and are dropped too.
 * A phrase is two kept words that stood next to each other; whether it is a real collocation is
 * decided later, from counts, by the trend scorer.
 */
public final class TermAnalysis {

    /** Languages recognised, each with the Snowball stop list Lucene ships. */
    public enum Language {
        ENGLISH("english_stop.txt"),
        FRENCH("french_stop.txt"),
        GERMAN("german_stop.txt"),
        SPANISH("spanish_stop.txt"),
        ITALIAN("italian_stop.txt"),
        DUTCH("dutch_stop.txt"),
        PORTUGUESE("portuguese_stop.txt");

        private final String stopFile;

        Language(String stopFile) {
            this.stopFile = stopFile;
        }
    }

    /** The words of a short text, lower case and in order, and those that are no stop words. */
    public record Words(List<String> all, List<String> content) {}

    /** What a post contributes: its language and its distinct words and phrases. */
    public record Terms(Language language, Set<String> terms) {}

    private static final int MIN_LENGTH = 2;
    /** Punctuation between two words that ends a phrase: sentence and clause breaks, lines. */
    private static final String SENTENCE_BREAKS = ".!?;:,()[]\"«»\n";

    private static final int MAX_LENGTH = 40;

    /** Function words of one language that make a line count as written in it. */
    private static final int LINE_VOTES = 4;

    /** Chatter that English stop lists leave in but that never names a topic. */
    private static final List<String> ENGLISH_CHATTER = List.of(
            "also", "would", "could", "should", "like", "just", "get", "got", "one", "two", "us", "may", "might",
            "much", "many", "well", "really", "thing", "things", "way", "lot", "make", "made", "think", "know", "see",
            "want", "need", "let", "use", "used", "using", "still", "even", "every", "yes", "ok", "okay", "hi", "hello",
            "thanks", "thank", "please", "re", "fw", "fwd", "etc", "via", "amp", "nbsp", "quot", "lt", "gt", "http",
            "https", "www", "com");

    /** The bit of English chatter in {@link #STOP_WORDS}, above the languages' bits. */
    private static final int CHATTER = 1 << Language.values().length;

    /**
     * Function words the Snowball lists leave out on purpose (they double as nouns, "est" as
     * "east") but which, in posts, are nearly always the function word.
     */
    private static final Map<Language, List<String>> SUPPLEMENT = Map.of(
            Language.FRENCH,
            List.of(
                    "est",
                    "été",
                    "être",
                    "très",
                    "plus",
                    "aussi",
                    "sont",
                    "fait",
                    "faire",
                    "peut",
                    "tout",
                    "tous",
                    "toute",
                    "toutes",
                    "bien",
                    "comme",
                    "cette",
                    "cet",
                    "ces",
                    "mais",
                    "donc",
                    "car",
                    "ni",
                    "alors",
                    "ici",
                    "là",
                    "sans",
                    "sous",
                    "chez",
                    "entre",
                    "vers",
                    "avant",
                    "après",
                    "depuis",
                    "pendant",
                    "encore",
                    "déjà",
                    "toujours",
                    "jamais",
                    "rien",
                    "quand",
                    "où",
                    "dont",
                    "quoi",
                    "si",
                    "oui",
                    "non",
                    "merci",
                    "bonjour",
                    "peu",
                    "trop",
                    "faut",
                    "autre",
                    "autres",
                    "même",
                    "chaque"),
            Language.GERMAN,
            List.of(
                    "sein", "sehr", "auch", "noch", "schon", "immer", "mehr", "alle", "alles", "kann", "können", "muss",
                    "müssen", "wird", "werden", "wurde", "gibt", "ja", "nein", "danke", "hallo", "dass"),
            Language.SPANISH,
            List.of(
                    "ser", "muy", "también", "más", "todo", "todos", "toda", "todas", "puede", "hacer", "hay", "ya",
                    "sí", "gracias", "hola", "bien", "cada", "otro", "otra", "otros", "mismo"),
            Language.ENGLISH,
            List.of());

    // After SUPPLEMENT, ENGLISH_CHATTER and CHATTER, which it reads.
    private static final Map<String, Integer> STOP_WORDS = loadStopWords();

    private TermAnalysis() {}

    /** Analyses the title and body of a post; {@code format} decides how the body is read. */
    public static Terms of(String title, String body, io.groundswell.post.BodyFormat format) {
        return ofText(AnalysisText.of(title, body, format));
    }

    /**
     * As {@link #of(String, String, io.groundswell.post.BodyFormat)}, with the post's tags counted
     * as words too: a tag is what its author chose to say the post is about ("feature-request"
     * counts as "feature request"), often more telling than any word of the text.
     */
    public static Terms of(String title, String body, io.groundswell.post.BodyFormat format, Collection<String> tags) {
        StringBuilder text = new StringBuilder(AnalysisText.of(title, body, format));
        for (String tag : tags) {
            text.append("\n").append(tag.replace('-', ' ').replace('_', ' ')).append('.');
        }
        return ofText(text.toString());
    }

    /**
     * The words of a short text such as a topic someone typed, with those a post's analysis would
     * drop as stop words (of the text's own language, of English, or English chatter) left out of
     * its content. Numbers and identifiers stay content: they are rare, not common.
     */
    public static Words words(String text) {
        List<String> all = new ArrayList<>();
        for (String token : tokenize(text)) {
            if (token != null) {
                all.add(token.toLowerCase(Locale.ROOT));
            }
        }
        int dropped = bit(guessLanguage(all)) | bit(Language.ENGLISH) | CHATTER;
        List<String> content = all.stream()
                .filter(word -> (STOP_WORDS.getOrDefault(word, 0) & dropped) == 0)
                .toList();
        return new Words(List.copyOf(all), content);
    }

    static Terms ofText(String text) {
        List<List<String>> lines = new ArrayList<>();
        List<String> everyWord = new ArrayList<>();
        for (String line : text.split("\n")) {
            List<String> tokens = tokenize(line);
            lines.add(tokens);
            for (String token : tokens) {
                everyWord.add(token == null ? null : token.toLowerCase(Locale.ROOT));
            }
        }
        Language language = guessLanguage(everyWord);
        int postDropped = bit(language) | bit(Language.ENGLISH) | CHATTER;
        Set<String> terms = new LinkedHashSet<>();
        for (List<String> tokens : lines) {
            List<String> words = new ArrayList<>(tokens.size());
            for (String token : tokens) {
                words.add(token == null ? null : token.toLowerCase(Locale.ROOT));
            }
            int dropped = postDropped | lineLanguages(words);
            String previous = null;
            for (int i = 0; i < words.size(); i++) {
                String word = words.get(i);
                boolean kept =
                        word != null && (STOP_WORDS.getOrDefault(word, 0) & dropped) == 0 && isWord(tokens.get(i));
                if (kept) {
                    terms.add(word);
                    if (previous != null && !previous.equals(word)) {
                        terms.add(previous + " " + word);
                    }
                    previous = word;
                } else {
                    previous = null;
                }
            }
        }
        return new Terms(language, terms);
    }

    /**
     * The bit of the language a line is written in when its function words say so clearly (at
     * least {@value #LINE_VOTES} of them, more than for any other language); 0 otherwise, and the
     * line is read in the post's language. A short line proves nothing: "a" and "on" are English,
     * "de" and "la" half a dozen languages.
     */
    private static int lineLanguages(List<String> words) {
        int[] hits = votes(words);
        Language best = best(hits);
        return hits[best.ordinal()] >= LINE_VOTES ? bit(best) : 0;
    }

    /** Whether a surface token reads like a word of prose rather than a number or identifier. */
    static boolean isWord(String token) {
        int length = token.length();
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            return false;
        }
        boolean sawLower = false;
        for (int i = 0; i < length; i++) {
            char c = token.charAt(i);
            if (Character.isDigit(c) || c == '_' || c == '.' || c == '\'' || c == '’' || c == ':' || c == '@') {
                return false;
            }
            if (Character.isUpperCase(c) && sawLower) {
                return false; // camelCase: an identifier
            }
            sawLower |= Character.isLowerCase(c);
        }
        return true;
    }

    /**
     * Surface tokens in order; a null stands where something was dropped (a URL, an address, a
     * number) or where a sentence or clause ends, so phrases never bridge it.
     */
    static List<String> tokenize(String text) {
        List<String> tokens = new ArrayList<>();
        try (UAX29URLEmailTokenizer tokenizer = new UAX29URLEmailTokenizer()) {
            tokenizer.setReader(new StringReader(text));
            TokenStream stream = tokenizer;
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            TypeAttribute type = stream.addAttribute(TypeAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            int previousEnd = 0;
            while (stream.incrementToken()) {
                if (breaksSentence(text, previousEnd, offset.startOffset())) {
                    tokens.add(null);
                }
                previousEnd = offset.endOffset();
                String kind = type.type();
                if (kind.equals(UAX29URLEmailTokenizer.TOKEN_TYPES[UAX29URLEmailTokenizer.ALPHANUM])) {
                    tokens.add(stripElision(term.toString()));
                } else {
                    tokens.add(null);
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("reading from a string cannot fail", e);
        }
        return tokens;
    }

    /** Whether the text between two tokens holds a sentence or clause break. */
    private static boolean breaksSentence(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (SENTENCE_BREAKS.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** "l'entreprise" → "entreprise", "d'accord" → "accord", "qu'il" → "il". */
    private static String stripElision(String token) {
        int apostrophe = Math.max(token.indexOf('\''), token.indexOf('’'));
        if (apostrophe > 0 && apostrophe <= 2 && apostrophe < token.length() - 1) {
            return token.substring(apostrophe + 1);
        }
        return token;
    }

    /** The language whose stop words the lower-cased words use most; English on a tie. */
    static Language guessLanguage(List<String> words) {
        return best(votes(words));
    }

    /** Per language, how many of the lower-cased words are its stop words. */
    private static int[] votes(List<String> words) {
        int[] hits = new int[Language.values().length];
        for (String word : words) {
            int languages = word == null ? 0 : STOP_WORDS.getOrDefault(word, 0) & ~CHATTER;
            while (languages != 0) {
                hits[Integer.numberOfTrailingZeros(languages)]++;
                languages &= languages - 1;
            }
        }
        return hits;
    }

    /** The language with the most votes; English on a tie. */
    private static Language best(int[] hits) {
        Language best = Language.ENGLISH;
        for (Language language : Language.values()) {
            if (hits[language.ordinal()] > hits[best.ordinal()]) {
                best = language;
            }
        }
        return best;
    }

    private static int bit(Language language) {
        return 1 << language.ordinal();
    }

    /**
     * Every stop word with the languages it is a stop word of, one bit per {@link Language} (and
     * {@link #CHATTER} for English chatter): one lookup per word answers both "which language
     * is this post in" and "is this word dropped".
     */
    private static Map<String, Integer> loadStopWords() {
        Map<String, Integer> words = new HashMap<>();
        for (Language language : Language.values()) {
            try (Reader reader =
                    IOUtils.getDecodingReader(SnowballFilter.class, language.stopFile, StandardCharsets.UTF_8)) {
                for (Object word : WordlistLoader.getSnowballWordSet(reader)) {
                    words.merge(new String((char[]) word), bit(language), (a, b) -> a | b);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Lucene's stop list " + language.stopFile + " is missing", e);
            }
            for (String word : SUPPLEMENT.getOrDefault(language, List.of())) {
                words.merge(word, bit(language), (a, b) -> a | b);
            }
        }
        for (String word : ENGLISH_CHATTER) {
            words.merge(word, CHATTER, (a, b) -> a | b);
        }
        return Map.copyOf(words);
    }
}
