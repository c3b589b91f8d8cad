package io.groundswell.post;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReadableTextTest {

    @Test
    void shouldReduceHtmlToTextWithParagraphsAndEveryEntityDecoded() {
        String html =
                "<h2>Caf&eacute; &amp; r&eacute;sum&eacute;</h2>\n  <p>First&nbsp;line<br>second  line &hellip;</p>"
                        + "<script>alert(1)</script><style>p{}</style><!-- note --><ul><li>&ldquo;one&rdquo;</li>"
                        + "<li>&#x1F600; &lt;b&gt;</li></ul>";

        assertThat(ReadableText.of(html, BodyFormat.HTML))
                .isEqualTo("Café & résumé\n\nFirst line\nsecond line …\n\n“one”\n\n\uD83D\uDE00 <b>");
    }

    @Test
    void shouldKeepTextAndMarkdownAsWritten() {
        assertThat(ReadableText.of("a &amp; <b>\n\nnext", BodyFormat.TEXT)).isEqualTo("a &amp; <b>\n\nnext");
        assertThat(ReadableText.of("# Title\n\n*some* text", BodyFormat.MARKDOWN))
                .isEqualTo("# Title\n\n*some* text");
        assertThat(ReadableText.of(null, BodyFormat.HTML)).isEmpty();
    }
}
