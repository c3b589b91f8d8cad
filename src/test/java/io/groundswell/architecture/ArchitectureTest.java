package io.groundswell.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The product's own classes keep every house rule. */
class ArchitectureTest {

    private static final String ROOT = "io.groundswell";
    private static final JavaClasses PRODUCT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    static Stream<ArchRule> rules() {
        return HouseRules.all(ROOT).stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void shouldKeepTheHouseRule(ArchRule rule) {
        rule.check(PRODUCT);
    }

    /**
     * A constant of a Quarkus internal is inlined by the compiler and invisible in the classes, so
     * the sources are read for it too.
     */
    @Test
    void shouldImportNoQuarkusRecorderInTheSources() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            List<String> offenders = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(ArchitectureTest::importsAQuarkusInternal)
                    .map(Path::toString)
                    .toList();
            assertThat(offenders).isEmpty();
        }
    }

    private static boolean importsAQuarkusInternal(Path file) {
        try {
            return Files.readAllLines(file).stream()
                    .anyMatch(line -> line.startsWith("import io.quarkus.")
                            && (line.endsWith("Recorder;") || line.contains(".deployment.")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
