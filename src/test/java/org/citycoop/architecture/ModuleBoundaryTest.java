package org.citycoop.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The module rules of STYLE.md ("Packages"), checked on the production classes. */
@AnalyzeClasses(packages = "org.citycoop", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleBoundaryTest {

    private static final String[] FEATURES = {"..project..", "..organisation..", "..feasibility..", "..funding..",
            "..training..", "..dispatch..", "..followup..", "..dashboard..", "..demo..", "..api..", "..marketplace.."};

    @ArchTest
    static final ArchRule workflowNeverImportsAFeature = noClasses()
            .that().resideInAPackage("org.citycoop.workflow..")
            .should().dependOnClassesThat().resideInAnyPackage(FEATURES);

    @ArchTest
    static final ArchRule onlyWorkflowAndInternalsTouchTheEngine = noClasses()
            .that().resideOutsideOfPackages("org.citycoop.workflow", "org.citycoop.workflow.internal", "org.citycoop..internal..")
            .should().dependOnClassesThat().resideInAPackage("org.camunda..");

    @ArchTest
    static final ArchRule screensNeverTouchPersistence = noClasses()
            .that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().resideInAPackage("..internal..");

    @ArchTest
    static final ArchRule servicesHaveNoVaadinTypes = noClasses()
            .that().resideOutsideOfPackages("..ui..", "org.citycoop")
            .and().resideOutsideOfPackage("org.citycoop.security.internal")
            .should().dependOnClassesThat().resideInAPackage("com.vaadin..");

    @ArchTest
    static final ArchRule modulesFormNoCycles = slices().matching("org.citycoop.(*)..").should().beFreeOfCycles();
}
