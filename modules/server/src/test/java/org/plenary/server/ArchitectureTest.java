package org.plenary.server;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.plenary.platform.events.EventType;

/**
 * Dependencies point inward: the platform (shared kernel) knows no feature; features know the platform
 * and, of each other, only a published {@code api} package; only the server assembles them all.
 */
@AnalyzeClasses(packages = "org.plenary", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule platformKnowsNoFeature = noClasses()
      .that().resideInAPackage("org.plenary.platform..")
      .should().dependOnClassesThat(resideInAPackage("org.plenary..").and(not(resideInAPackage("org.plenary.platform.."))))
      .because("the shared kernel must not depend on the bounded contexts built on it");

  @ArchTest
  static final ArchRule featuresDoNotReachIntoEachOther = slices()
      .matching("org.plenary.(*)..")
      .namingSlices("$1")
      .should().notDependOnEachOther()
      .ignoreDependency(resideInAPackage("org.plenary.server.."), resideInAPackage("org.plenary.."))
      .ignoreDependency(resideInAPackage("org.plenary.."), resideInAPackage("org.plenary.platform.."))
      .ignoreDependency(resideInAPackage("org.plenary.."), resideInAPackage("org.plenary.*.api.."))
      .because("a bounded context uses another only through its api package");

  @ArchTest
  static final ArchRule servicesNeverReachAHandler = noClasses()
      .that().haveSimpleNameEndingWith("Service").or().haveSimpleNameEndingWith("Store")
      .should().dependOnClassesThat().haveSimpleNameEndingWith("Api")
      .because("the HTTP edge calls the domain, never the other way round");

  @ArchTest
  static final ArchRule eventTypesAreMadeOnlyInTheirContracts = noClasses()
      .that().resideOutsideOfPackages("org.plenary.*.api..", "org.plenary.platform.events..")
      .should().callConstructor(EventType.class, String.class)
      .because("a context's event types are its published contract, in its api package, for consumers to import");

  @ArchTest
  static final ArchRule domainFailuresCarryNoHttp = noClasses()
      .that().resideOutsideOfPackages("org.plenary.platform.http..", "org.plenary.platform.idempotency..",
          "org.plenary.server..")
      .and().doNotHaveSimpleName("BearerAuthentication")
      .should().dependOnClassesThat().haveFullyQualifiedName("org.plenary.platform.http.ApiProblem")
      .because("services fail with a platform.failure.Failure; the HTTP edge alone turns it into problem+json");

  @ArchTest
  static final ArchRule nothingDependsOnTheServer = noClasses()
      .that().resideOutsideOfPackage("org.plenary.server..")
      .should().dependOnClassesThat().resideInAPackage("org.plenary.server..");

  @ArchTest
  static final ArchRule onlyTheServerHasAMain = methods()
      .that().haveName("main").and().areStatic()
      .should().beDeclaredInClassesThat().resideInAPackage("org.plenary.server..");
}
