package com.carbon254.observability.dsl.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The {@code dsl} packages depend on each other one way: bundle definitions flow into the model,
 * the model into renderers, renderers into files. New packages must fit in without a cycle.
 */
class PackageDependencyTest {
  private static final String DSL = "com.carbon254.observability.dsl";
  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages(DSL);

  private static String pkg(String name) {
    return DSL + "." + name + "..";
  }

  private static DescribedPredicate<JavaClass> otherDslPackagesThan(String name) {
    return resideInAPackage(DSL + "..").and(not(resideInAPackage(pkg(name))));
  }

  @Test
  void packagesFormNoCycle() {
    slices().matching(DSL + ".(*)..").should().beFreeOfCycles().check(CLASSES);
  }

  @Test
  void renderIsGenericOutputMachineryThatKnowsNoModel() {
    noClasses()
        .that()
        .resideInAPackage(pkg("render"))
        .should()
        .dependOnClassesThat(otherDslPackagesThan("render"))
        .because(
            "render holds the mappers, RenderedTree, FileTreeWriter and diffs; each concept maps its own model")
        .check(CLASSES);
  }

  @Test
  void validationAndDatasourceAreLeaves() {
    for (String leaf : new String[] {"validation", "datasource"}) {
      noClasses()
          .that()
          .resideInAPackage(pkg(leaf))
          .should()
          .dependOnClassesThat(otherDslPackagesThan(leaf))
          .check(CLASSES);
    }
  }

  @Test
  void metricsAndQueriesDependOnlyOnValidation() {
    noClasses()
        .that()
        .resideInAPackage(pkg("promql"))
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            pkg("render"),
            pkg("rules"),
            pkg("dashboard"),
            pkg("slo"),
            pkg("delivery"),
            pkg("bundle"),
            pkg("platform"))
        .check(CLASSES);
  }

  @Test
  void rulesAndDashboardsDoNotKnowBundlesOrThePlatform() {
    noClasses()
        .that()
        .resideInAnyPackage(pkg("rules"), pkg("dashboard"))
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(pkg("bundle"), pkg("platform"))
        .check(CLASSES);
  }

  @Test
  void onlyTheProgramSeesThePlatform() {
    noClasses()
        .that()
        .resideOutsideOfPackage(pkg("platform"))
        .should()
        .dependOnClassesThat()
        .resideInAPackage(pkg("platform"))
        .check(CLASSES);
  }
}
