package org.plenary.server;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleName;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
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
  static final ArchRule runtimeKnowsNoFeature = noClasses()
      .that().resideInAnyPackage("org.plenary.runtime..", "org.plenary.testing..")
      .should().dependOnClassesThat(resideInAPackage("org.plenary..").and(not(resideInAnyPackage(
          "org.plenary.platform..", "org.plenary.runtime..", "org.plenary.devidp..", "org.plenary.testing.."))))
      .because("the runtime runs whichever contexts it is given (the server's, or a feature module's own in its tests)");

  @ArchTest
  static final ArchRule featuresDoNotReachIntoEachOther = slices()
      .matching("org.plenary.(*)..")
      .namingSlices("$1")
      .should().notDependOnEachOther()
      .ignoreDependency(resideInAPackage("org.plenary.server.."), resideInAPackage("org.plenary.."))
      .ignoreDependency(resideInAPackage("org.plenary.testing.."), resideInAPackage("org.plenary.runtime.."))
      .ignoreDependency(resideInAPackage("org.plenary.runtime.."), resideInAPackage("org.plenary.devidp.."))
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
          "org.plenary.runtime..", "org.plenary.server..")
      .and().doNotHaveSimpleName("BearerAuthentication")
      .should().dependOnClassesThat().haveFullyQualifiedName("org.plenary.platform.http.ApiProblem")
      .because("services fail with a platform.failure.Failure; the HTTP edge alone turns it into problem+json");

  @ArchTest
  static final ArchRule requestsStayAtTheEdge = noClasses()
      .that().resideOutsideOfPackages("org.plenary.platform.http..", "org.plenary.platform.idempotency..",
          "org.plenary.runtime..", "org.plenary.devidp..", "org.plenary.testing..", "org.plenary.server..",
          "org.plenary.*.http..")
      .and().haveSimpleNameNotEndingWith("Api")
      .and().doNotHaveSimpleName("Caller").and().doNotHaveSimpleName("BearerAuthentication")
      .and().doNotHaveFullyQualifiedName("org.plenary.platform.files.Uploads")
      .should().dependOnClassesThat().haveFullyQualifiedName("io.vertx.ext.web.RoutingContext")
      .because("a request is read at the HTTP edge (the *Api classes); services, stores and ports take what it said");

  @ArchTest
  static final ArchRule nothingDependsOnTheServer = noClasses()
      .that().resideOutsideOfPackage("org.plenary.server..")
      .should().dependOnClassesThat().resideInAPackage("org.plenary.server..");

  @ArchTest
  static final ArchRule onlyTheServerHasAMain = methods()
      .that().haveName("main").and().areStatic()
      .should().beDeclaredInClassesThat().resideInAPackage("org.plenary.server..");

  /**
   * In every feature context: rows are read in the store ({@code Rows}), JSON at the HTTP edge ({@code *Api},
   * {@code *Json}, {@code *View}); everything else, the ports between contexts included, passes records. The
   * summary generator builds the summary's document, which is JSON by nature (stored, versioned, exported).
   */
  @ArchTest
  static final ArchRule typedBoundaries = methods()
      .that().areNotPrivate()
      .and().areDeclaredInClassesThat(resideInAnyPackage("org.plenary.accreditation..", "org.plenary.summary..",
              "org.plenary.drafts..", "org.plenary.forum..", "org.plenary.live..", "org.plenary.notifications..",
              "org.plenary.search..", "org.plenary.capacity..",
              "org.plenary.sessions..", "org.plenary.platform.files..", "org.plenary.implementation..",
              "org.plenary.documents..")
          .and(not(simpleNameEndingWith("Api"))).and(not(simpleNameEndingWith("Json")))
          .and(not(simpleNameEndingWith("View"))).and(not(simpleName("Rows")))
          // the summary's document: made by the generator, held by GeneratedSummary, rendered by the export
          .and(not(resideInAnyPackage("org.plenary.summary.generate..", "org.plenary.summary.export..")))
          .and(not(simpleName("GeneratedSummary"))))
      .should(mentionNoneOf(Row.class, RowSet.class, JsonObject.class, JsonArray.class))
      .because("stores return records and services take and return them; only the HTTP edge knows the JSON");

  /** Neither a parameter nor the result, nor any type argument of them (a {@code Future<List<Row>>}). */
  private static ArchCondition<JavaMethod> mentionNoneOf(Class<?>... types) {
    Set<String> names = Stream.of(types).map(Class::getName).collect(Collectors.toSet());
    return new ArchCondition<>("mention none of " + names + " in their signature") {
      @Override
      public void check(JavaMethod method, ConditionEvents events) {
        Stream.concat(method.getParameterTypes().stream(), Stream.of(method.getReturnType()))
            .flatMap(type -> type.getAllInvolvedRawTypes().stream())
            .filter(type -> names.contains(type.getName())).distinct()
            .forEach(type -> events.add(SimpleConditionEvent.violated(method,
                method.getFullName() + " mentions " + type.getSimpleName())));
      }
    };
  }
}
