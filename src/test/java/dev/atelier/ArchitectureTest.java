// SPDX-License-Identifier: Apache-2.0
package dev.atelier;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layer rules of DESIGN.md §2, on the production classes. */
@AnalyzeClasses(packages = "dev.atelier", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainIsPlainJava = noClasses()
            .that().resideInAPackage("dev.atelier.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "javax.sql..",
                    "com.fasterxml..")
            .because("the domain is plain Java: JavaFX lives in ui/preview, JDBC in store, Jackson in io");

    @ArchTest
    static final ArchRule domainDependsOnNoOuterLayer = noClasses()
            .that().resideInAPackage("dev.atelier.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.atelier.io..", "dev.atelier.store..",
                    "dev.atelier.ui..", "dev.atelier.preview..", "dev.atelier.app..")
            .because("dependencies point down to the domain, never out of it");

    @ArchTest
    static final ArchRule kioskIsIndependentOfStaffModes = noClasses()
            .that().resideInAPackage("dev.atelier.ui.kiosk..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.atelier.ui.sales..", "dev.atelier.ui.designer..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule salesIsIndependentOfOtherModes = noClasses()
            .that().resideInAPackage("dev.atelier.ui.sales..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.atelier.ui.kiosk..", "dev.atelier.ui.designer..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule designerIsIndependentOfOtherModes = noClasses()
            .that().resideInAPackage("dev.atelier.ui.designer..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.atelier.ui.kiosk..", "dev.atelier.ui.sales..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule nothingDependsOnApp = noClasses()
            .that().resideOutsideOfPackage("dev.atelier.app..")
            .should().dependOnClassesThat().resideInAPackage("dev.atelier.app..")
            .because("app is the composition root: it wires everything and nothing reaches back into it");

    @ArchTest
    static final ArchRule storeAndIoDoNotDependOnUi = noClasses()
            .that().resideInAnyPackage("dev.atelier.store..", "dev.atelier.io..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.atelier.ui..", "dev.atelier.preview..")
            .allowEmptyShould(true);
}
