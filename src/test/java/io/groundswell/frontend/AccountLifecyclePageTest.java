package io.groundswell.frontend;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.groundswell.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An admin edits, disables, enables and deletes an account in the admin page, and reads it in the audit log. */
@QuarkusTest
class AccountLifecyclePageTest extends BrowserTest {

    private static Locator button(Page page, String name) {
        return page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    /** The rows of a table that have a cell saying exactly this (usernames may be prefixes of others). */
    private static Locator rowsWithCell(Page page, Locator table, String text) {
        Locator cell = page.getByRole(
                AriaRole.CELL, new Page.GetByRoleOptions().setName(text).setExact(true));
        return table.locator("tbody tr").filter(new Locator.FilterOptions().setHas(cell));
    }

    @Test
    void shouldEditDisableEnableAndDeleteAnAccountAndShowItInTheAuditLog() {
        Api.User user = Api.newEmployee();
        String name = user.username();
        try (Dashboard dashboard = wideAs(Api.admin())) {
            Page page = dashboard.page();
            List<String> confirmations = new ArrayList<>();
            page.onDialog(dialog -> {
                confirmations.add(dialog.message());
                dialog.accept();
            });
            dashboard.open("#/admin");
            Locator row = rowsWithCell(page, page.getByTestId("users"), name);
            assertThat(button(page, "Edit admin")).isVisible();
            // The server refuses an admin's disabling or deleting themself; the page does not offer it.
            assertThat(button(page, "Disable admin")).hasCount(0);
            assertThat(button(page, "Delete admin")).hasCount(0);

            button(page, "Edit " + name).click();
            page.getByLabel("Department of " + name).fill("Research");
            page.locator(".edit-form button[type=submit]").click();
            assertThat(page.getByTestId("users-status")).hasText("Saved the changes to " + name + ".");
            assertThat(row.locator("td").nth(2)).hasText("Research");

            button(page, "Disable " + name).click();
            assertThat(page.getByTestId("users-status")).containsText("Disabled " + name);
            assertThat(row.locator("td").nth(4)).hasText("no");
            user.given().get("/api/me").then().statusCode(401);

            button(page, "Enable " + name).click();
            assertThat(page.getByTestId("users-status")).hasText("Enabled " + name + " again.");
            assertThat(row.locator("td").nth(4)).hasText("yes");
            user.given().get("/api/me").then().statusCode(200);

            button(page, "Delete " + name).click();
            assertThat(page.getByTestId("users-status")).hasText("Deleted " + name + ".");
            assertThat(row).hasCount(0);
            assertThat(confirmations).singleElement().asString().contains("Delete the account " + name);
            user.given().get("/api/me").then().statusCode(401);

            Locator audit = page.getByTestId("audit-events");
            for (String kind : List.of("user-changed", "user-disabled", "user-enabled", "user-deleted")) {
                Locator kindCell = page.getByRole(
                        AriaRole.CELL, new Page.GetByRoleOptions().setName(kind).setExact(true));
                assertThat(rowsWithCell(page, audit, name).filter(new Locator.FilterOptions().setHas(kindCell)))
                        .hasCount(1);
            }
            dashboard.screenshot("admin-accounts");
            dashboard.assertNoConsoleErrors();
        }
    }
}
