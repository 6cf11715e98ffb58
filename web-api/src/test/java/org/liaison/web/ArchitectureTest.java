package org.liaison.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.Entity;

/** Keeps the layering of STYLE.md honest. */
@AnalyzeClasses(packages = "org.liaison", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule webApiNeverTouchesEntities =
      noClasses()
          .that()
          .resideInAPackage("org.liaison.web..")
          .should()
          .dependOnClassesThat()
          .areAnnotatedWith(Entity.class);

  @ArchTest
  static final ArchRule webApiNeverUsesRepositoriesOrTheEntityManager =
      noClasses()
          .that()
          .resideInAPackage("org.liaison.web..")
          .should()
          .dependOnClassesThat()
          .haveSimpleNameEndingWith("Repository")
          .orShould()
          .dependOnClassesThat()
          .haveFullyQualifiedName("jakarta.persistence.EntityManager");

  @ArchTest
  static final ArchRule theDomainKnowsNothingOfHttp =
      noClasses()
          .that()
          .resideOutsideOfPackage("org.liaison.web..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("jakarta.ws.rs..", "jakarta.servlet..");
}
