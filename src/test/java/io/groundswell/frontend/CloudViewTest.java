package io.groundswell.frontend;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ColorScheme;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The word cloud's legend, its dark variant and its size on a phone, over the demo organisation. */
@QuarkusTest
@TestProfile(DemoDashboardProfile.class)
class CloudViewTest extends DemoBrowserTest {

    /** The cloud image's top-left pixel as [r, g, b, a], read back through a canvas. */
    private static final String CORNER_PIXEL =
            """
            async () => {
              const image = document.querySelector('[data-testid=cloud] .cloud-image');
              await image.decode();
              const canvas = document.createElement('canvas');
              canvas.width = image.naturalWidth;
              canvas.height = image.naturalHeight;
              const context = canvas.getContext('2d');
              context.drawImage(image, 0, 0);
              return Array.from(context.getImageData(0, 0, 1, 1).data);
            }""";

    @Test
    void shouldExplainSizeAndColourNextToTheCloud() {
        try (Dashboard wide = wide()) {
            Page page = wide.page();
            List<String> clouds = new CopyOnWriteArrayList<>();
            page.onResponse(response -> {
                if (response.url().contains("/api/wordcloud?")) {
                    clouds.add(response.text());
                }
            });
            wide.signIn(leader);
            Locator legend = page.getByTestId("cloud-legend");
            assertThat(legend).isVisible();
            assertThat(legend).containsText("Size: how strongly a term is rising");
            assertThat(legend.getByRole(AriaRole.LISTITEM)).hasText(new String[] {"rising", "steady", "falling"});
            assertThat(lightness(cornerPixel(page)))
                    .as("light page, light cloud")
                    .isGreaterThan(200);

            List<Integer> sizes = JsonPath.from(clouds.get(0)).getList("words.fontSize", Integer.class);
            IntSummaryStatistics range =
                    sizes.stream().mapToInt(Integer::intValue).summaryStatistics();
            System.out.println("MEASURED cloud of the 7-day overview: " + range);
            assertThat(range.getMax()).as("largest font").isGreaterThanOrEqualTo((int) Math.ceil(2.5 * range.getMin()));
            wide.assertNoConsoleErrors();
        }
    }

    @Test
    void shouldDrawTheCloudDarkInADarkColourScheme() {
        try (Dashboard wide = wide()) {
            Page page = wide.page();
            page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(ColorScheme.DARK));
            wide.signIn(leader);
            assertThat(page.getByTestId("cloud-legend")).isVisible();
            assertThat(lightness(cornerPixel(page)))
                    .as("the cloud's background")
                    .isLessThan(80);
            wide.screenshot("overview-dark");
            wide.assertNoConsoleErrors();
        }
    }

    @Test
    void shouldFillThePhonesWidthWithWordsLargeEnoughToRead() {
        try (Dashboard phone = phoneAs(leader)) {
            Page page = phone.page();
            Locator image = page.locator("[data-testid=cloud] .cloud-image");
            assertThat(image).isVisible();
            assertThat(page.getByTestId("cloud-legend")).isVisible();
            double imageWidth = image.boundingBox().width;
            double boxWidth = page.getByTestId("cloud").boundingBox().width;
            assertThat(imageWidth).isGreaterThanOrEqualTo(boxWidth - 1);
            assertThat(imageWidth).isGreaterThanOrEqualTo(Dashboard.PHONE_WIDTH - 2 * 40);
            // A word's box is its ink: a lower-case word without ascenders is about half its font size tall.
            double smallest = ((Number) page.evaluate(
                            "Math.min(...[...document.querySelectorAll('[data-testid=cloud] .cloud-word')]"
                                    + ".map((link) => link.getBoundingClientRect().height))"))
                    .doubleValue();
            System.out.println("MEASURED cloud on a phone: image " + imageWidth + " of " + boxWidth
                    + " px, smallest word " + smallest + " px tall");
            assertThat(smallest).as("height of the smallest word's ink").isGreaterThanOrEqualTo(6);
            phone.screenshot("cloud-phone");
            phone.assertNoConsoleErrors();
        }
    }

    private static List<Integer> cornerPixel(Page page) {
        @SuppressWarnings("unchecked")
        List<Number> rgba = (List<Number>) page.evaluate(CORNER_PIXEL);
        return rgba.stream().map(Number::intValue).toList();
    }

    private static int lightness(List<Integer> rgba) {
        assertThat(rgba.get(3)).as("opaque").isEqualTo(255);
        return (rgba.get(0) + rgba.get(1) + rgba.get(2)) / 3;
    }
}
