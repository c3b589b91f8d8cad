package io.groundswell.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.groundswell.post.BodyFormat;
import io.groundswell.search.TermAnalysis.Language;
import org.junit.jupiter.api.Test;

class TermAnalysisTest {

    @Test
    void shouldKeepWordsAndAdjacentPairsInLowerCase() {
        var terms = TermAnalysis.of("Kubernetes migration", "The Kubernetes migration starts soon.", BodyFormat.TEXT);
        assertThat(terms.language()).isEqualTo(Language.ENGLISH);
        assertThat(terms.terms()).contains("kubernetes", "migration", "kubernetes migration", "starts", "soon");
        assertThat(terms.terms()).doesNotContain("the", "Kubernetes");
    }

    @Test
    void shouldRecogniseFrenchAndDropItsStopWords() {
        var terms = TermAnalysis.of(
                "La politique de télétravail",
                "Nous avons lu la nouvelle politique de télétravail et elle est très claire pour les équipes."
                        + " L'entreprise nous demande d'être présents deux jours par semaine.",
                BodyFormat.TEXT);
        assertThat(terms.language()).isEqualTo(Language.FRENCH);
        assertThat(terms.terms()).contains("politique", "télétravail", "entreprise", "équipes");
        assertThat(terms.terms()).doesNotContain("la", "de", "nous", "et", "est", "les", "pour", "l'entreprise");
    }

    @Test
    void shouldDropTheStopWordsOfEachLanguageOfABilingualPost() {
        String english = "The office move is planned for March and the new desks will arrive before it.";
        String french = "Le déménagement des bureaux est prévu pour mars et les nouveaux postes arriveront avant.";
        for (String body : java.util.List.of(english + "\n\n" + french, french + "\n\n" + english)) {
            var terms = TermAnalysis.of("Office move / Déménagement", body, BodyFormat.TEXT);
            assertThat(terms.terms()).contains("office", "desks", "déménagement", "bureaux", "mars", "nouveaux");
            assertThat(terms.terms())
                    .doesNotContain("the", "is", "for", "and", "le", "des", "est", "pour", "et", "les", "avant");
        }
    }

    @Test
    void shouldReadAShortLineInThePostsLanguage() {
        // "die" is a German function word, but three of them make no German line: an English word here.
        var terms = TermAnalysis.of(
                "Release notes",
                "The old servers will die next week.\nWe retire the die casting report with them.",
                BodyFormat.TEXT);
        assertThat(terms.language()).isEqualTo(Language.ENGLISH);
        assertThat(terms.terms()).contains("die", "servers", "casting");
    }

    @Test
    void shouldDropUrlsAddressesNumbersEntitiesAndIdentifiers() {
        var terms = TermAnalysis.of(
                "Release 2024",
                "See https://intranet.example.com/page?id=42 or mail ops@example.com &amp; check config.yaml,"
                        + " getUserName and MAX_RETRIES before 3pm &mdash; budget approved",
                BodyFormat.TEXT);
        assertThat(terms.terms())
                .contains("release", "budget", "approved", "budget approved")
                .noneMatch(t -> t.matches(".*\\d.*"))
                .noneMatch(t -> t.contains("example") || t.contains("http") || t.contains("amp"))
                .noneMatch(t -> t.contains("yaml") || t.contains("getusername") || t.contains("max_retries"))
                .doesNotContain("mdash");
    }

    @Test
    void shouldNotBridgePhrasesAcrossDroppedWords() {
        var terms = TermAnalysis.of("", "carbon of footprint, carbon 42 footprint", BodyFormat.TEXT);
        assertThat(terms.terms()).contains("carbon", "footprint").doesNotContain("carbon footprint");
    }

    @Test
    void shouldLeaveOutCodeQuotedRepliesAndMailHeaders() {
        String html = "<p>Mentoring programme feedback</p><pre>for (int i = 0; i &lt; n; i++) { frobnicate(); }</pre>"
                + "<blockquote>quoted platypus text</blockquote><code>kubectl apply</code>";
        assertThat(TermAnalysis.of("", html, BodyFormat.HTML).terms())
                .contains("mentoring", "programme", "feedback")
                .doesNotContain("frobnicate", "platypus", "kubectl");

        String mail = "Agreed on the roadmap.\n> earlier zeppelin message\nFrom: someone\nSubject: walrus\n"
                + "On Monday, Ann wrote:\n";
        assertThat(TermAnalysis.of("", mail, BodyFormat.TEXT).terms())
                .contains("agreed", "roadmap")
                .doesNotContain("zeppelin", "walrus", "someone", "ann", "wrote");

        String markdown = "Quarterly planning notes\n\n```\nSELECT * FROM hippo;\n```\n\nUse `grep narwhal` daily.";
        assertThat(TermAnalysis.of("", markdown, BodyFormat.MARKDOWN).terms())
                .contains("quarterly", "planning")
                .doesNotContain("hippo", "narwhal", "select");
    }

    @Test
    void shouldCountTagsAsWordsAndPhrases() {
        var terms =
                TermAnalysis.of("Hello", "A short note.", BodyFormat.TEXT, java.util.List.of("feature-request", "ops"));
        assertThat(terms.terms()).contains("feature", "request", "feature request", "ops");
        assertThat(terms.terms()).doesNotContain("note feature", "request ops");
    }

    @Test
    void shouldRecogniseGermanAndSpanish() {
        assertThat(TermAnalysis.of(
                                "",
                                "Wir haben die neue Strategie für das Team und die Kunden besprochen",
                                BodyFormat.TEXT)
                        .language())
                .isEqualTo(Language.GERMAN);
        assertThat(TermAnalysis.of(
                                "",
                                "Los equipos de ventas y el nuevo plan para los clientes son muy buenos",
                                BodyFormat.TEXT)
                        .language())
                .isEqualTo(Language.SPANISH);
    }
}
