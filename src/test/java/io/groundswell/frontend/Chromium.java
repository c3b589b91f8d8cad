package io.groundswell.frontend;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's Chromium driven by Playwright. Playwright never downloads a browser here (the build sets
 * PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1); without the Debian package the browser tests are skipped,
 * and say so, rather than fail.
 */
final class Chromium implements AutoCloseable {

    /** Debian's Chromium; {@code -Dchromium.path=...} points elsewhere (or nowhere, to see the skip). */
    static final Path EXECUTABLE = Paths.get(System.getProperty("chromium.path", "/usr/bin/chromium"));

    static final String SKIPPED =
            "Chromium not found at " + EXECUTABLE + ": browser tests skipped (install the Debian package chromium)";

    /** The flags this machine needs: no sandbox as root, and no calls home on a closed network. */
    private static final List<String> ARGS = List.of(
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run");

    private final Playwright playwright;
    private final Browser browser;

    private Chromium(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    private static boolean told;

    static boolean installed() {
        return Files.isExecutable(EXECUTABLE);
    }

    /**
     * Skips the calling test, with a plain message, when Chromium is not installed. Called before
     * each test rather than once per class, so that the build counts the tests as skipped.
     */
    static void assumeInstalled() {
        boolean installed = installed();
        if (!installed && !told) {
            told = true;
            System.out.println(SKIPPED);
        }
        Assumptions.assumeTrue(installed, SKIPPED);
    }

    /** A running browser, or null when Chromium is not installed (its tests then skip). */
    static Chromium launchIfInstalled() {
        if (!installed()) {
            return null;
        }
        Playwright playwright = Playwright.create();
        try {
            Browser browser = playwright
                    .chromium()
                    .launch(new BrowserType.LaunchOptions()
                            .setExecutablePath(EXECUTABLE)
                            .setHeadless(true)
                            .setArgs(ARGS));
            return new Chromium(playwright, browser);
        } catch (RuntimeException e) {
            playwright.close();
            throw e;
        }
    }

    Browser browser() {
        return browser;
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
