package io.groundswell.frontend;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** axe-core run in a dashboard page: the violations a person would meet first. */
final class Accessibility {

    /** The impacts that block or seriously hinder someone using a screen reader or a keyboard. */
    private static final Set<String> BLOCKING = Set.of("critical", "serious");

    private Accessibility() {}

    /** One line per critical or serious violation: rule, impact, help and the elements it found. */
    static List<String> seriousViolations(Page page) {
        AxeResults results = new AxeBuilder(page).analyze();
        if (results.isErrored()) {
            throw new IllegalStateException("axe-core failed: " + results.getErrorMessage());
        }
        return results.getViolations().stream()
                .filter(rule -> BLOCKING.contains(rule.getImpact()))
                .map(rule -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " — "
                        + rule.getNodes().stream()
                                .map(node -> String.valueOf(node.getTarget()))
                                .collect(Collectors.joining(", ")))
                .toList();
    }
}
