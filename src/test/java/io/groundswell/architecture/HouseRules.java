package io.groundswell.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.Architectures;
import jakarta.persistence.Entity;
import java.util.List;

/**
 * The layering that STYLE.md states in prose, as rules over a root package, so that the same rules
 * check the product and, in their own test, a small tree that breaks each of them on purpose.
 */
final class HouseRules {

    private HouseRules() {}

    /** Lucene's types stay behind the search package. */
    static ArchRule luceneOnlyInSearch(String root) {
        return noClasses()
                .that()
                .resideOutsideOfPackage(root + ".search..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.apache.lucene..")
                .because("Lucene is wrapped by the search package; its types never reach another feature");
    }

    /** Kumo's types stay behind the word-cloud package. */
    static ArchRule kumoOnlyInWordCloud(String root) {
        return noClasses()
                .that()
                .resideOutsideOfPackage(root + ".wordcloud..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("com.kennycason.kumo..")
                .because("Kumo is wrapped by the wordcloud package");
    }

    /** No two features depend on each other, directly or around a loop. */
    static ArchRule noPackageCycles(String root) {
        return slices().matching(root + ".(**)").should().beFreeOfCycles();
    }

    /**
     * Lower layers never call up. From the bottom: cross-cutting system, the person directory and
     * the audit log (which every feature writes to), identity, posts, then ratings and the index, trends, the features built on trends, and the
     * composition of those features for the dashboard.
     */
    static ArchRule layers(String root) {
        List<List<String>> bottomUp = List.of(
                List.of("system", "person", "audit"),
                List.of("identity"),
                List.of("post"),
                List.of("rating", "search"),
                List.of("trend"),
                List.of("leadership", "wordcloud", "integration", "live", "demo"),
                List.of("overview"));
        Architectures.LayeredArchitecture architecture =
                layeredArchitecture().consideringOnlyDependenciesInLayers().withOptionalLayers(true);
        for (int level = 0; level < bottomUp.size(); level++) {
            architecture = architecture
                    .layer("level " + level)
                    .definedBy(bottomUp.get(level).stream()
                            .map(feature -> root + "." + feature + "..")
                            .toArray(String[]::new));
        }
        for (int level = 0; level < bottomUp.size(); level++) {
            String[] above = java.util.stream.IntStream.range(level + 1, bottomUp.size())
                    .mapToObj(l -> "level " + l)
                    .toArray(String[]::new);
            architecture = above.length == 0
                    ? architecture.whereLayer("level " + level).mayNotBeAccessedByAnyLayer()
                    : architecture.whereLayer("level " + level).mayOnlyBeAccessedByLayers(above);
        }
        return architecture;
    }

    /** A REST resource works through its feature's services; another feature's rows are not its business. */
    static ArchRule resourcesKeepToTheirFeature(String root) {
        return classes()
                .that()
                .haveSimpleNameEndingWith("Resource")
                .should(keepToEntitiesOfTheirFeature(root))
                .because("a resource calls services; entities of another feature are read through that feature");
    }

    /** Recorders and other build-step plumbing of Quarkus change between releases without notice. */
    static ArchRule noQuarkusInternals(String root) {
        return noClasses()
                .that()
                .resideInAPackage(root + "..")
                .should()
                .dependOnClassesThat(quarkusInternal())
                .because("Quarkus recorders and deployment classes are not an API");
    }

    static List<ArchRule> all(String root) {
        return List.of(
                luceneOnlyInSearch(root),
                kumoOnlyInWordCloud(root),
                noPackageCycles(root),
                layers(root),
                resourcesKeepToTheirFeature(root),
                noQuarkusInternals(root));
    }

    private static DescribedPredicate<JavaClass> quarkusInternal() {
        return DescribedPredicate.describe(
                "are Quarkus recorders or deployment classes",
                c -> c.getPackageName().startsWith("io.quarkus.")
                        && (c.getSimpleName().endsWith("Recorder")
                                || c.getPackageName().contains(".deployment")));
    }

    private static ArchCondition<JavaClass> keepToEntitiesOfTheirFeature(String root) {
        return new ArchCondition<>("touch no entity of another feature") {
            @Override
            public void check(JavaClass resource, ConditionEvents events) {
                String feature = featureOf(root, resource.getPackageName());
                resource.getDirectDependenciesFromSelf().forEach(dependency -> {
                    JavaClass target = dependency.getTargetClass();
                    if (target.isAnnotatedWith(Entity.class)
                            && !featureOf(root, target.getPackageName()).equals(feature)) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                });
            }
        };
    }

    /** The first package below the root: {@code integration} for {@code root.integration.feed}. */
    private static String featureOf(String root, String packageName) {
        if (!packageName.startsWith(root + ".")) {
            return packageName;
        }
        String rest = packageName.substring(root.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
