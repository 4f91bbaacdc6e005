package org.citycoop.peerlearning.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.PermitAll;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.citycoop.base.ui.FactCards;
import org.citycoop.base.ui.Formats;
import org.citycoop.base.ui.MainLayout;
import org.citycoop.base.ui.NarrowScreens;
import org.citycoop.base.ui.RouteIds;
import org.citycoop.document.StoredDocument;
import org.citycoop.peerlearning.GoodPractice;
import org.citycoop.peerlearning.GoodPracticeService;
import org.citycoop.peerlearning.IndicatorFigures;
import org.citycoop.security.CurrentUser;
import org.citycoop.workflow.ui.TaskScreens;
import org.citycoop.project.ReferenceKeys;
import org.springframework.http.ContentDisposition;

/** A good practice: the case summary, where and by whom, the shared teaching materials and the indicators achieved. */
@Route(value = "practices/:" + PracticeView.ID, layout = MainLayout.class)
@PermitAll
class PracticeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID = "practiceId";

    private final GoodPracticeService practices;
    private final CurrentUser currentUser;
    private String title = "";

    PracticeView(GoodPracticeService practices, CurrentUser currentUser) {
        this.practices = practices;
        this.currentUser = currentUser;
        setMaxWidth("960px");
    }

    static String routeOf(long id) {
        return "practices/" + id;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = RouteIds.of(event, ID);
        TaskScreens.load(event, () -> practices.require(id, currentUser.require())).ifPresent(this::show);
    }

    private void show(GoodPractice practice) {
        removeAll();
        title = practice.title();
        add(new H2(practice.title()));
        if (practices.mayEdit(practice.id(), currentUser.require())) {
            add(new Paragraph(new Anchor(PracticeEditView.routeOf(practice.id()), getTranslation("practice.edit.open"))));
        }
        add(FactCards.card(getTranslation("practice.about"),
                FactCards.fact(getTranslation("practice.city"), Formats.name(practice.city()) + ", " + Formats.name(practice.country())),
                FactCards.fact(getTranslation("practice.theme"), getTranslation(ReferenceKeys.THEME + practice.themeCode())),
                FactCards.fact(getTranslation("practice.lead"), Formats.name(practice.lead())),
                FactCards.fact(getTranslation("practice.project"), practice.projectCode()),
                FactCards.fact(getTranslation("practice.published"), getTranslation("practice.published.by",
                        practice.publishedBy(), Formats.date(practice.publishedAt())))));
        Div summaries = FactCards.section("practice-summary", getTranslation("practice.summary"));
        if (practice.summaryEn() != null) {
            summaries.add(FactCards.wide(FactCards.fact(getTranslation("practice.summary.en"), practice.summaryEn())));
        }
        if (practice.summaryJa() != null) {
            summaries.add(FactCards.wide(FactCards.fact(getTranslation("practice.summary.ja"), practice.summaryJa())));
        }
        add(summaries);
        add(materials(practice));
        add(indicators(practice));
    }

    private Div materials(GoodPractice practice) {
        if (practice.documents().isEmpty()) {
            return FactCards.section("practice-materials", getTranslation("practice.materials"),
                    new Paragraph(getTranslation("practice.materials.none")));
        }
        UnorderedList list = new UnorderedList();
        practice.documents().forEach(document -> list.add(new ListItem(new Anchor(download(practice.id(), document.id()),
                AttachmentType.DOWNLOAD, document.fileName()))));
        return FactCards.section("practice-materials", getTranslation("practice.materials"), list);
    }

    private Div indicators(GoodPractice practice) {
        if (practice.indicators().isEmpty()) {
            return FactCards.section("practice-indicators", getTranslation("practice.indicators"),
                    new Paragraph(getTranslation("practice.indicators.none")));
        }
        Grid<IndicatorFigures> grid = new Grid<>();
        grid.addColumn(figures -> Formats.name(figures.indicator().name())).setHeader(getTranslation("practice.indicators.indicator")).setFlexGrow(2);
        Grid.Column<IndicatorFigures> baseline = grid.addColumn(figures -> Figures.value(figures.baseline(), figures.indicator().unit()))
                .setHeader(getTranslation("programme.figures.baseline")).setAutoWidth(true);
        grid.addColumn(figures -> Figures.value(figures.target(), figures.indicator().unit()))
                .setHeader(getTranslation("programme.figures.target")).setAutoWidth(true);
        grid.addColumn(figures -> Figures.latest(this, figures)).setHeader(getTranslation("programme.figures.latest")).setFlexGrow(1);
        grid.addColumn(figures -> Figures.standing(this, figures)).setHeader(getTranslation("programme.figures.standing"))
                .setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        NarrowScreens.hideOnPhones(grid, List.of(baseline));
        grid.getStyle().set("grid-column", "1 / -1");
        grid.setItems(practice.indicators());
        return FactCards.section("practice-indicators", getTranslation("practice.indicators"), grid);
    }

    /** The shared document as an attachment; the service checks on every download that the practice shares it. */
    private DownloadHandler download(long practiceId, long documentId) {
        return event -> {
            StoredDocument document = practices.sharedDocument(practiceId, documentId, currentUser.require());
            event.setContentType(document.ref().contentType());
            event.setContentLength(document.content().length);
            event.getResponse().setHeader("Content-Disposition", ContentDisposition.attachment()
                    .filename(document.ref().fileName(), StandardCharsets.UTF_8).build().toString());
            event.getResponse().setHeader("X-Content-Type-Options", "nosniff");
            event.getOutputStream().write(document.content());
        };
    }

    @Override
    public String getPageTitle() {
        return title + " | " + getTranslation("app.name");
    }
}
