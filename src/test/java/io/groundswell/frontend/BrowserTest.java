package io.groundswell.frontend;

import io.groundswell.testing.Api;
import io.quarkus.test.common.http.TestHTTPResource;
import java.net.URL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * A test class in Chromium against the running app: one browser for the class, a fresh tab per
 * dashboard, and every test skipped where Chromium is not installed.
 */
abstract class BrowserTest {

    private static Chromium chromium;

    @TestHTTPResource("/")
    URL base;

    @BeforeAll
    static void startChromium() {
        chromium = Chromium.launchIfInstalled();
    }

    @AfterAll
    static void stopChromium() {
        if (chromium != null) {
            chromium.close();
            chromium = null;
        }
    }

    @BeforeEach
    void requireChromium() {
        Chromium.assumeInstalled();
    }

    Dashboard wide() {
        return Dashboard.wide(chromium.browser(), base);
    }

    Dashboard phone() {
        return Dashboard.phone(chromium.browser(), base);
    }

    Dashboard sized(int width, int height) {
        return new Dashboard(chromium.browser(), base, width, height);
    }

    Dashboard wideOrPhone(boolean phone) {
        return phone ? phone() : wide();
    }

    /** A wide dashboard, signed in as the user. */
    Dashboard wideAs(Api.User user) {
        return wide().signIn(user);
    }

    /** A phone-sized dashboard, signed in as the user. */
    Dashboard phoneAs(Api.User user) {
        return phone().signIn(user);
    }
}
