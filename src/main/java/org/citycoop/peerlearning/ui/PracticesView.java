package org.citycoop.peerlearning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.citycoop.base.ReferenceItem;
import org.citycoop.base.ui.FactCards;
import org.citycoop.base.ui.Formats;
import org.citycoop.base.ui.MainLayout;
import org.citycoop.peerlearning.Country;
import org.citycoop.peerlearning.DialogueService;
import org.citycoop.peerlearning.GoodPractice;
import org.citycoop.peerlearning.GoodPracticeService;
import org.citycoop.peerlearning.PracticeSearch;
import org.citycoop.project.ProjectService;
import org.citycoop.security.CityCoopUser;
import org.citycoop.security.CurrentUser;
import org.citycoop.project.ReferenceKeys;

/**
 * The good-practice library: published practices of closed projects, searched by free text, theme
 * and partner country. Every signed-in user reads it; the lead's officers publish from here.
 */
@Route(value = PracticesView.ROUTE, layout = MainLayout.class)
@PermitAll
class PracticesView extends VerticalLayout implements HasDynamicTitle {

    static final String ROUTE = "practices";

    private final GoodPracticeService practices;
    private final CurrentUser currentUser;
    private final TextField text = new TextField();
    private final Select<ReferenceItem> theme = new Select<>();
    private final Select<Country> country = new Select<>();
    private final Div results = new Div();

    PracticesView(GoodPracticeService practices, ProjectService projects, DialogueService dialogues, CurrentUser currentUser) {
        this.practices = practices;
        this.currentUser = currentUser;
        setMaxWidth("960px");
        CityCoopUser user = currentUser.require();
        text.setLabel(getTranslation("practice.search.text"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        theme.setLabel(getTranslation("practice.search.theme"));
        theme.setEmptySelectionAllowed(true);
        theme.setEmptySelectionCaption(getTranslation("practice.search.any"));
        theme.setItems(projects.themes());
        theme.setItemLabelGenerator(item -> item == null ? getTranslation("practice.search.any") : getTranslation(ReferenceKeys.THEME + item.code()));
        country.setLabel(getTranslation("practice.search.country"));
        country.setEmptySelectionAllowed(true);
        country.setEmptySelectionCaption(getTranslation("practice.search.any"));
        country.setItems(dialogues.countries());
        country.setItemLabelGenerator(item -> item == null ? getTranslation("practice.search.any") : Formats.name(item.name()));
        text.addValueChangeListener(change -> search());
        theme.addValueChangeListener(change -> search());
        country.addValueChangeListener(change -> search());
        FormLayout filters = new FormLayout(text, theme, country);
        filters.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 3));
        results.setWidthFull();
        add(new H2(getTranslation("practice.title")), new Paragraph(getTranslation("practice.intro")));
        if (!practices.publishableBy(user).isEmpty()) {
            Button publish = new Button(getTranslation("practice.publish"), VaadinIcon.PLUS.create(),
                    click -> getUI().ifPresent(ui -> ui.navigate(PublishPracticeView.ROUTE)));
            publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(publish);
        }
        add(filters, results);
        search();
    }

    private void search() {
        results.removeAll();
        List<GoodPractice> found = practices.search(new PracticeSearch(text.getValue(),
                theme.getValue() == null ? null : theme.getValue().code(),
                country.getValue() == null ? null : country.getValue().iso2()), currentUser.require());
        if (found.isEmpty()) {
            results.add(new Paragraph(getTranslation("practice.search.none")));
        }
        found.forEach(practice -> results.add(card(practice)));
    }

    private Div card(GoodPractice practice) {
        String summary = practice.summaryIn(Formats.screenLocale());
        return FactCards.section("practice-card", practice.title(),
                FactCards.fact(getTranslation("practice.city"), Formats.name(practice.city()) + ", " + Formats.name(practice.country())),
                FactCards.fact(getTranslation("practice.theme"), getTranslation(ReferenceKeys.THEME + practice.themeCode())),
                FactCards.fact(getTranslation("practice.lead"), Formats.name(practice.lead())),
                FactCards.wide(FactCards.fact(getTranslation("practice.summary"),
                        summary.length() > 240 ? summary.substring(0, 240) + "…" : summary)),
                new Paragraph(new Anchor(PracticeView.routeOf(practice.id()), getTranslation("practice.open"))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("practice.title") + " | " + getTranslation("app.name");
    }
}
