package org.citycoop.funding.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.citycoop.base.ui.Formats;
import org.citycoop.base.ui.MainLayout;
import org.citycoop.base.ui.NarrowScreens;
import org.citycoop.funding.FundingScheme;
import org.citycoop.funding.ReviewerQueueEntry;
import org.citycoop.funding.ReviewerWorkspaceService;
import org.citycoop.security.CityCoopUser;
import org.citycoop.security.CurrentUser;
import org.citycoop.security.Roles;

/**
 * The reviewer workspace: the agency's submitted applications that await screening or a decision,
 * by scheme and oldest submission first, each linking to its open task; how many per scheme on top.
 * The grid pages lazily; the agency is the reviewer's own, applied on the server.
 */
@Route(value = "reviewer", layout = MainLayout.class)
@RolesAllowed(Roles.REVIEWER)
class ReviewerWorkspaceView extends VerticalLayout implements HasDynamicTitle {


    private final ReviewerWorkspaceService workspace;
    private final CityCoopUser reviewer;

    ReviewerWorkspaceView(ReviewerWorkspaceService workspace, CurrentUser currentUser) {
        this.workspace = workspace;
        this.reviewer = currentUser.require();
        setSizeFull();
        add(new H2(getTranslation("reviewer.title")), counts(), grid());
    }

    private Div counts() {
        Div counts = new Div();
        counts.addClassName("reviewer-counts");
        Map<String, Long> bySheme = workspace.queueCounts(reviewer);
        if (bySheme.isEmpty()) {
            counts.add(new Span(getTranslation("reviewer.counts.none")));
        }
        bySheme.forEach((scheme, count) -> counts.add(new Span(getTranslation("reviewer.counts.scheme",
                getTranslation(FundingScheme.nameKey(scheme)), count))));
        return counts;
    }

    private Grid<ReviewerQueueEntry> grid() {
        Grid<ReviewerQueueEntry> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setSizeFull();
        Grid.Column<ReviewerQueueEntry> scheme = grid.addColumn(entry -> getTranslation(FundingScheme.nameKey(entry.application().schemeCode())))
                .setHeader(getTranslation("reviewer.column.scheme")).setWidth("14em").setFlexGrow(1);
        grid.addColumn(entry -> entry.application().projectCode() + " · " + entry.application().projectTitle())
                .setHeader(getTranslation("reviewer.column.project")).setWidth("9em").setFlexGrow(2);
        Grid.Column<ReviewerQueueEntry> submission = grid.addColumn(entry -> getTranslation("reviewer.submission",
                        entry.application().submission(), date(entry.application().submittedAt())))
                .setHeader(getTranslation("reviewer.column.submitted")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::task).setHeader(getTranslation("reviewer.column.task")).setWidth("11em").setFlexGrow(1);
        NarrowScreens.hideOnPhones(this, List.of(scheme, submission));
        grid.setEmptyStateText(getTranslation("reviewer.empty"));
        grid.setItems(query -> workspace.queue(reviewer, query.getOffset(), query.getLimit()).stream(),
                query -> (int) workspace.queueSize(reviewer));
        return grid;
    }

    /** The link to the open task with its deadline under it. */
    private Div task(ReviewerQueueEntry entry) {
        Div cell = new Div();
        entry.task().ifPresentOrElse(task -> {
            cell.add(new Anchor(task.route(), task.name()));
            if (task.due() != null) {
                Span due = new Span(getTranslation("reviewer.task.due", date(task.due())));
                due.addClassName("reviewer-due");
                cell.add(new Div(due));
            }
        }, () -> cell.add(new Span(getTranslation("reviewer.task.none"))));
        return cell;
    }

    private String date(Instant instant) {
        return Formats.date(instant);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reviewer.title") + " | " + getTranslation("app.name");
    }
}
