package io.groundswell.testing;

import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A test class whose static {@code checks()} lists (name, check) rows, each of which must finish
 * within the {@link RegexBudget}.
 */
public abstract class RegexBudgetChecks {

    @ParameterizedTest(name = "{0}")
    @MethodSource("checks")
    void shouldFinishWithinTheBudget(String name, Executable check) {
        RegexBudget.assertWithinBudget(check);
    }
}
