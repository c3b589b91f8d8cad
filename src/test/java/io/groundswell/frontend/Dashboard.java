package io.groundswell.frontend;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.groundswell.testing.Api;
import java.net.URL;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * One browser tab on the dashboard: signs in, navigates, takes screenshots, and collects what the
 * page reported as errors. Each instance has its own context, so its sessionStorage is its own.
 */
final class Dashboard implements AutoCloseable {

    static final int WIDE_WIDTH = 1280;
    static final int WIDE_HEIGHT = 800;
    static final int PHONE_WIDTH = 390;
    static final int PHONE_HEIGHT = 844;

    /**
     * Chromium logs every non-2xx fetch as a console error. A 404 is part of the API's answers the
     * page handles (a post not rated by you yet, an endpoint of a later release); anything else the
     * console reports is a failure.
     */
    private static final String EXPECTED_404 = "Failed to load resource: the server responded with a status of 404";

    private final BrowserContext context;
    private final Page page;
    private final String base;
    private final List<String> errors = new CopyOnWriteArrayList<>();

    Dashboard(Browser browser, URL base, int width, int height) {
        this.base = base.toString().replaceAll("/$", "");
        this.context = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height));
        this.page = context.newPage();
        page.setDefaultTimeout(20_000);
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type()) && !message.text().startsWith(EXPECTED_404)) {
                errors.add(message.text());
            }
        });
        page.onPageError(error -> errors.add("page error: " + error));
    }

    static Dashboard wide(Browser browser, URL base) {
        return new Dashboard(browser, base, WIDE_WIDTH, WIDE_HEIGHT);
    }

    static Dashboard phone(Browser browser, URL base) {
        return new Dashboard(browser, base, PHONE_WIDTH, PHONE_HEIGHT);
    }

    Page page() {
        return page;
    }

    String url(String path) {
        return base + path;
    }

    /** Opens the dashboard, signs in through its form, and waits for the navigation. */
    Dashboard signIn(String username, String password) {
        page.navigate(url("/"));
        page.locator("#username").fill(username);
        page.locator("#password").fill(password);
        page.locator("form.signin button[type=submit]").click();
        page.locator("#nav .nav-link").first().waitFor();
        return this;
    }

    Dashboard signIn(Api.User user) {
        return signIn(user.username(), user.password());
    }

    Dashboard open(String hash) {
        page.navigate(url("/" + hash));
        return this;
    }

    Locator nav() {
        return page.locator("#nav .nav-link");
    }

    /** A full-page screenshot into target/screenshots, named after the view and the viewport. */
    void screenshot(String view) {
        var size = page.viewportSize();
        Path file = screenshots().resolve(view + "-" + size.width + "x" + size.height + ".png");
        // The pointer stays where the last click was; a hover there is not part of the view.
        page.mouse().move(0, 0);
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
    }

    static Path screenshots() {
        return Paths.get(System.getProperty("screenshots.dir", "target/screenshots"));
    }

    void assertNoConsoleErrors() {
        assertThat(errors).as("errors in the browser console").isEmpty();
    }

    @Override
    public void close() {
        // Routes a test installed go first, while the page is open: a request still in flight when
        // the context closes made Playwright update a closing page's routes (TargetClosedError).
        if (!page.isClosed()) {
            page.unrouteAll();
        }
        context.close();
    }
}
