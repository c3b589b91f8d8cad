package io.groundswell.frontend;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.groundswell.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Changing my own password on the account page, and an admin resetting someone's, in Chromium. */
@QuarkusTest
class AccountPageTest extends BrowserTest {

    private static final String NEW_PASSWORD = "a lighthouse on the moor";

    @Test
    void shouldChangeMyPasswordKeepMeSignedInAndRefuseTheOldOneNextTime() {
        for (boolean phone : List.of(false, true)) {
            Api.User user = Api.newEmployee();
            try (Dashboard dashboard = wideOrPhone(phone).signIn(user)) {
                Page page = dashboard.page();
                page.locator("#account-name").click();
                assertThat(page).hasURL(Pattern.compile("#/account$"));
                page.getByLabel("Current password").fill(user.password());
                page.getByLabel("New password", new Page.GetByLabelOptions().setExact(true))
                        .fill(NEW_PASSWORD);
                page.getByLabel("Confirm new password").fill(NEW_PASSWORD);
                page.locator("form.account-form button[type=submit]").click();

                assertThat(page.getByTestId("password-status"))
                        .hasText("Your password was changed. Use the new one next time you sign in.");
                assertThat(page.getByTestId("password-status")).hasAttribute("aria-live", "polite");
                assertThat(page.getByLabel("New password", new Page.GetByLabelOptions().setExact(true)))
                        .hasValue("");
                dashboard.screenshot("account");
                // The next request goes out with the new password: the page stays signed in.
                dashboard.nav().first().click();
                assertThat(page).hasURL(Pattern.compile("#/home$"));
                assertThat(page.locator("[data-testid=org-trends]")).isVisible();
                assertThat(page.locator("form.signin")).hasCount(0);
                dashboard.assertNoConsoleErrors();
            }
            try (Dashboard dashboard = wideOrPhone(phone)) {
                Page page = dashboard.page();
                page.navigate(dashboard.url("/"));
                page.locator("#username").fill(user.username());
                page.locator("#password").fill(user.password());
                page.locator("form.signin button[type=submit]").click();
                assertThat(page.locator(".signin-error"))
                        .hasText("That username and password do not match an account.");
                page.locator("#password").fill(NEW_PASSWORD);
                page.locator("form.signin button[type=submit]").click();
                assertThat(page).hasURL(Pattern.compile("#/home$"));
                assertThat(dashboard.nav().first()).isVisible();
            }
        }
    }

    @Test
    void shouldShowWhyANewPasswordOrTheCurrentOneIsRefusedNextToTheField() {
        Api.User user = Api.newEmployee();
        try (Dashboard dashboard = wideAs(user)) {
            Page page = dashboard.page();
            dashboard.open("#/me");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Change your password"))
                    .click();
            assertThat(page).hasURL(Pattern.compile("#/account$"));
            var current = page.getByLabel("Current password");
            var next = page.getByLabel("New password", new Page.GetByLabelOptions().setExact(true));
            var confirm = page.getByLabel("Confirm new password");
            current.fill(user.password());
            next.fill("12345678");
            confirm.fill("12345678");
            page.locator("form.account-form button[type=submit]").click();

            assertThat(page.locator("#new-password-error")).containsText("at least 12");
            assertThat(next).hasAttribute("aria-invalid", "true");
            assertThat(next).hasAttribute("aria-describedby", "new-password-hint new-password-error");
            assertThat(next).isFocused();
            assertThat(page.getByTestId("password-status")).containsText("Your password was not changed");
            dashboard.screenshot("account-refused");

            current.fill("not my current password");
            next.fill(NEW_PASSWORD);
            confirm.fill(NEW_PASSWORD + " typo");
            page.locator("form.account-form button[type=submit]").click();
            assertThat(page.locator("#confirm-password-error")).hasText("The two new passwords differ.");
            assertThat(page.locator("#new-password-error")).isHidden();
            assertThat(next).not().hasAttribute("aria-invalid", "true");

            confirm.fill(NEW_PASSWORD);
            page.locator("form.account-form button[type=submit]").click();
            assertThat(page.locator("#current-password-error")).isVisible();
            assertThat(current).isFocused();
        }
        // Nothing was changed: the old password still works.
        user.given().get("/api/me").then().statusCode(200);
    }

    @Test
    void shouldLetAnAdminResetAPasswordAndShowThePolicysRefusal() {
        Api.User user = Api.newEmployee();
        try (Dashboard dashboard = wideAs(Api.admin())) {
            Page page = dashboard.page();
            dashboard.open("#/admin");
            var reset = page.getByLabel(
                            "Reset password of " + user.username(), new Page.GetByLabelOptions().setExact(true))
                    .and(page.locator("button"));
            reset.click();
            assertThat(reset).hasAttribute("aria-expanded", "true");
            var field = page.getByLabel("New password for " + user.username());
            assertThat(field).isFocused();

            field.fill("password");
            page.locator(".reset-form button[type=submit]").click();
            assertThat(page.locator(".reset-form .field-error")).isVisible();
            assertThat(field).hasAttribute("aria-invalid", "true");
            dashboard.screenshot("admin-reset-refused");

            field.fill(NEW_PASSWORD);
            page.locator(".reset-form button[type=submit]").click();
            assertThat(page.getByTestId("users-status")).hasText("The password of " + user.username() + " was reset.");
            assertThat(page.locator(".reset-form")).hasCount(0);
            assertThat(reset).isFocused();
        }
        Api.assertPasswordChanged(user, NEW_PASSWORD);
    }
}
