package io.groundswell.post;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class BodyHtmlTest {

    private static final String FORUM_POST = "https://forum.example.org/t/expenses/42";

    @Test
    void shouldRenderMarkdownHeadingsListsEmphasisAndCode() {
        String markdown = "## Expense tool rollout\n\nWe start **Monday**, *not* Friday.\n\n"
                + "- finance first\n- then sales\n\n1. log in\n2. submit\n\n> quoted\n\n`code` and\n\n"
                + "```\nlet x = 1 < 2;\n```\n";

        Document html = parse(BodyHtml.of(markdown, BodyFormat.MARKDOWN, null));

        assertThat(html.select("h2").text()).isEqualTo("Expense tool rollout");
        assertThat(html.select("strong").text()).isEqualTo("Monday");
        assertThat(html.select("em").text()).isEqualTo("not");
        assertThat(html.select("ul > li").eachText()).containsExactly("finance first", "then sales");
        assertThat(html.select("ol > li").eachText()).containsExactly("log in", "submit");
        assertThat(html.select("blockquote").text()).isEqualTo("quoted");
        assertThat(html.select("pre > code").text()).isEqualTo("let x = 1 < 2;");
        assertThat(html.text()).doesNotContain("##", "**", "```");
    }

    @Test
    void shouldMoveHeadingsBelowTheTitleOnlyWhenTheBodyHasAnH1() {
        Document fromH1 = parse(BodyHtml.of("# Plan\n\n## Steps\n\n###### Fine print", BodyFormat.MARKDOWN, null));
        Document fromH2 = parse(BodyHtml.of("## Steps\n\n### Details", BodyFormat.MARKDOWN, null));

        assertThat(fromH1.select("h1, h2, h3, h4, h5, h6").eachText()).containsExactly("Plan", "Steps", "Fine print");
        assertThat(fromH1.select("h2").text()).isEqualTo("Plan");
        assertThat(fromH1.select("h3").text()).isEqualTo("Steps");
        assertThat(fromH1.select("h6").text()).isEqualTo("Fine print");
        assertThat(fromH2.select("h2").text()).isEqualTo("Steps");
        assertThat(fromH2.select("h3").text()).isEqualTo("Details");
    }

    @Test
    void shouldMakeLinksClickableAndMarkThemAsUserContent() {
        String markdown = "See [the guide](https://intranet.example.org/guide \"Guide\"), https://bare.example.org/x"
                + " or <mailto:help@example.org>.";

        Document html = parse(BodyHtml.of(markdown, BodyFormat.MARKDOWN, null));

        assertThat(html.select("a").eachAttr("href"))
                .containsExactly(
                        "https://intranet.example.org/guide", "https://bare.example.org/x", "mailto:help@example.org");
        for (Element link : html.select("a")) {
            assertThat(link.attr("rel")).isEqualTo("nofollow noopener noreferrer ugc");
            assertThat(link.attr("target")).isEqualTo("_blank");
        }
        assertThat(html.selectFirst("a").text()).isEqualTo("the guide");
        assertThat(html.selectFirst("a").attr("title")).isEqualTo("Guide");
    }

    @Test
    void shouldRenderMarkdownTables() {
        String markdown = "| step | when |\n|---|:---:|\n| pilot | May |\n";

        Document html = parse(BodyHtml.of(markdown, BodyFormat.MARKDOWN, null));

        assertThat(html.select("th").eachText()).containsExactly("step", "when");
        assertThat(html.select("td").eachText()).containsExactly("pilot", "May");
        assertThat(html.select("[align], [style]")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<script>window.x=1</script>",
                "<img src=x onerror=\"window.x=1\">",
                "<a href=\"javascript:window.x=1\">click</a>",
                "<a href=\"JaVaScRiPt:window.x=1\">click</a>",
                "<a href=\"&#106;avascript:window.x=1\">click</a>",
                "<a href=\" javascript:window.x=1\">click</a>",
                "<a href=\"data:text/html;base64,PHNjcmlwdD53aW5kb3cueD0xPC9zY3JpcHQ+\">click</a>",
                "<a href=\"vbscript:msgbox(1)\">click</a>",
                "[click](javascript:window.x=1) [data](data:text/html,x) <javascript:window.x=1>",
                "<p onclick=\"window.x=1\" style=\"color:red\" class=\"admin\" id=\"main\">text</p>",
                "<iframe src=\"https://evil.example\"></iframe><object data=x></object><embed src=x>",
                "<svg><script>window.x=1</script></svg><math><mi xlink:href=\"javascript:1\">x</mi></math>",
                "<form action=\"https://evil.example\"><input name=p><button>go</button></form>",
                "<style>body{display:none}</style><link rel=stylesheet href=x><meta http-equiv=refresh content=0>",
                "<base href=\"https://evil.example/\"><a href=\"/x\">relative</a>",
                "<details open ontoggle=\"window.x=1\">d</details>",
                "<img src=\"data:image/png;base64,iVBORw0KGgo=\">"
            })
    void shouldLeaveNothingThatRunsOrLoads(String hostile) {
        for (BodyFormat format : BodyFormat.values()) {
            String html = BodyHtml.of(hostile, format, FORUM_POST);
            Document doc = parse(html);

            assertThat(doc.select(
                            "script, style, iframe, object, embed, svg, math, form, input, img, link, meta, base"))
                    .as("%s as %s: %s", hostile, format, html)
                    .isEmpty();
            for (Element element : doc.body().getAllElements()) {
                element.attributes().forEach(attribute -> assertThat(attribute.getKey())
                        .as("%s as %s: %s", hostile, format, html)
                        .isIn("href", "title", "rel", "target", "start", "colspan", "rowspan"));
            }
            assertThat(doc.select("a[href]").eachAttr("href"))
                    .as("%s as %s: %s", hostile, format, html)
                    .allMatch(href ->
                            href.startsWith("https://") || href.startsWith("http://") || href.startsWith("mailto:"));
        }
    }

    @Test
    void shouldShowHtmlInTextBodiesAsText() {
        String html = BodyHtml.of("1 < 2 & <b>bold</b>\nnext line\n\nnext paragraph", BodyFormat.TEXT, null);

        assertThat(html).isEqualTo("<p>1 &lt; 2 &amp; &lt;b&gt;bold&lt;/b&gt;<br>next line</p><p>next paragraph</p>");
    }

    @Test
    void shouldKeepTheStructureOfHtmlBodiesAndResolveRelativeLinksAgainstThePost() {
        String cooked = "<h1>Agenda</h1><p class=\"x\">See <a href=\"/t/agenda/7\">last week</a> and"
                + " <a href=\"#notes\">notes</a>.</p><ul><li>one</li></ul>";

        Document html = parse(BodyHtml.of(cooked, BodyFormat.HTML, FORUM_POST));

        assertThat(html.select("h2").text()).isEqualTo("Agenda");
        assertThat(html.select("li").text()).isEqualTo("one");
        assertThat(html.select("a").eachAttr("href"))
                .containsExactly("https://forum.example.org/t/agenda/7", FORUM_POST + "#notes");
    }

    @Test
    void shouldKeepTheTextOfLinksThatCannotBeResolved() {
        String html = BodyHtml.of("<p>See <a href=\"/t/agenda/7\">last week</a>.</p>", BodyFormat.HTML, null);

        assertThat(html).isEqualTo("<p>See last week.</p>");
    }

    @ParameterizedTest
    @EnumSource(BodyFormat.class)
    void shouldTurnImagesIntoLinksToThem(BodyFormat format) {
        String body = format == BodyFormat.MARKDOWN
                ? "![Floor plan](https://cdn.example.org/plan.png)"
                : "<img src=\"https://cdn.example.org/plan.png\" alt=\"Floor plan\">";

        Document html = parse(BodyHtml.of(body, format, null));

        if (format == BodyFormat.TEXT) {
            assertThat(html.text()).isEqualTo(body);
        } else {
            assertThat(html.select("img")).isEmpty();
            assertThat(html.select("a").attr("href")).isEqualTo("https://cdn.example.org/plan.png");
            assertThat(html.select("a").text()).isEqualTo("Image: Floor plan");
        }
    }

    @Test
    void shouldLeaveTheAltTextOfImagesWithoutAWebAddress() {
        String html = "<p>Plan: <img src=\"x\" alt=\"floor plan\"> <img src=\"javascript:alert(1)\"><img></p>";

        assertThat(BodyHtml.of(html, BodyFormat.HTML, null)).isEqualTo("<p>Plan: floor plan </p>");
    }

    @Test
    void shouldRenderNothingForAnEmptyBody() {
        assertThat(BodyHtml.of("", BodyFormat.MARKDOWN, null)).isEmpty();
        assertThat(BodyHtml.of(null, BodyFormat.HTML, null)).isEmpty();
        assertThat(BodyHtml.of("  \n ", BodyFormat.TEXT, null)).isEmpty();
    }

    private static Document parse(String html) {
        return Jsoup.parseBodyFragment(html);
    }
}
