package io.groundswell.architecture;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each house rule fails on a tree built to break it: a rule that passes everything would let the
 * product drift silently. {@link ArchitectureTest} shows the same rules passing on the product.
 */
class HouseRulesTest {

    private static final String ROOT = "io.groundswell.architecture.violations";
    private static final JavaClasses BROKEN = new ClassFileImporter().importPackages(ROOT);

    static Stream<ArchRule> rules() {
        return HouseRules.all(ROOT).stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void shouldReportTheViolationPlantedForTheRule(ArchRule rule) {
        assertThatThrownBy(() -> rule.check(BROKEN))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("violated");
    }
}
