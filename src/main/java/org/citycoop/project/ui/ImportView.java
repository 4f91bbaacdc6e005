package org.citycoop.project.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.citycoop.base.CsvTable;
import org.citycoop.base.ImportProblem;
import org.citycoop.base.ImportRejectedException;
import org.citycoop.base.ui.BoundedMemoryUpload;
import org.citycoop.base.ui.MainLayout;
import org.citycoop.organisation.OrganisationImport;
import org.citycoop.project.ProjectImport;
import org.citycoop.security.CurrentUser;
import org.citycoop.security.Roles;

/**
 * Administrators import organisations or the historical project register from a CSV file. The
 * import is all or nothing: a refused file shows every bad row (line, column, reason) and leaves
 * the data as it was; an accepted one says how many records were created or updated.
 */
@Route(value = "admin/import", layout = MainLayout.class)
@RolesAllowed(Roles.ADMIN)
class ImportView extends VerticalLayout implements HasDynamicTitle {

    enum Kind { ORGANISATIONS, PROJECTS }

    private final OrganisationImport organisationImport;
    private final ProjectImport projectImport;
    private final CurrentUser currentUser;
    private final RadioButtonGroup<Kind> kind = new RadioButtonGroup<>();
    private final Span result = new Span();
    private final Grid<ImportProblem> problems = new Grid<>();
    private byte[] file;

    ImportView(OrganisationImport organisationImport, ProjectImport projectImport, CurrentUser currentUser) {
        this.organisationImport = organisationImport;
        this.projectImport = projectImport;
        this.currentUser = currentUser;
        setMaxWidth("960px");

        kind.setLabel(getTranslation("import.kind"));
        kind.setItems(Kind.values());
        kind.setItemLabelGenerator(value -> getTranslation("import.kind." + value.name()));
        kind.setValue(Kind.PROJECTS);
        kind.addValueChangeListener(change -> {
            kind.setHelperText(columnsOf(change.getValue()));
            clearResult();
        });
        kind.setHelperText(columnsOf(kind.getValue()));

        Upload upload = new Upload(new BoundedMemoryUpload(CsvTable.MAX_BYTES, (name, bytes) -> {
            file = bytes;
            clearResult();
        }, name -> {
            file = null;
            showResult(getTranslation("import.file-rejected", name), true);
        }));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(CsvTable.MAX_BYTES);
        upload.setAcceptedFileTypes("text/csv", ".csv");
        upload.setUploadButton(new Button(getTranslation("import.choose")));
        upload.setDropLabel(new Span(getTranslation("import.drop")));
        upload.setWidthFull();
        upload.addFileRemovedListener(removed -> file = null);
        upload.addFileRejectedListener(rejected -> showResult(getTranslation("import.file-rejected", rejected.getFileName()), true));

        Button run = new Button(getTranslation("import.run"), click -> runImport());
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        result.setId("import-result");
        result.setVisible(false);
        problems.setId("import-problems");
        problems.addColumn(ImportProblem::line).setHeader(getTranslation("import.line")).setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(ImportProblem::column).setHeader(getTranslation("import.column")).setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(problem -> problem.reason(getLocale())).setHeader(getTranslation("import.reason")).setFlexGrow(1);
        problems.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        problems.setAllRowsVisible(true);
        // the reasons list long codes (ENVIRONMENTAL_EDUCATION): break them rather than cut them on a phone
        problems.getStyle().set("overflow-wrap", "anywhere");
        problems.setVisible(false);

        add(new H2(getTranslation("import.title")), new Paragraph(getTranslation("import.intro")), kind, upload, run,
                result, problems);
    }

    private void runImport() {
        if (file == null) {
            showResult(getTranslation("import.no-file"), true);
            return;
        }
        try {
            int imported = kind.getValue() == Kind.ORGANISATIONS
                    ? organisationImport.importCsv(file, currentUser.require())
                    : projectImport.importCsv(file, currentUser.require());
            problems.setVisible(false);
            showResult(getTranslation("import.done." + kind.getValue().name(), imported), false);
        } catch (ImportRejectedException rejected) {
            List<ImportProblem> rows = rejected.problems();
            problems.setItems(rows);
            problems.setVisible(true);
            showResult(getTranslation("import.rejected", rows.size()), true);
        }
    }

    private void showResult(String text, boolean problem) {
        result.setText(text);
        result.getStyle().set("color", problem ? "var(--lumo-error-text-color)" : "var(--lumo-success-text-color)")
                .set("font-weight", "600");
        result.setVisible(true);
    }

    private void clearResult() {
        result.setVisible(false);
        problems.setVisible(false);
    }

    private String columnsOf(Kind value) {
        List<String> columns = value == Kind.ORGANISATIONS ? OrganisationImport.COLUMNS : ProjectImport.COLUMNS;
        // with spaces, so that the list wraps on a phone
        return getTranslation("import.columns", String.join(", ", columns));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("import.title") + " | " + getTranslation("app.name");
    }
}
