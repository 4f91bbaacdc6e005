package org.citycoop.marketplace.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.citycoop.base.InvalidInputException;
import org.citycoop.base.ReferenceItem;
import org.citycoop.base.ui.Formats;
import org.citycoop.base.ui.MainLayout;
import org.citycoop.marketplace.CooperationOffer;
import org.citycoop.marketplace.CooperationOfferService;
import org.citycoop.marketplace.Match;
import org.citycoop.marketplace.MatchingService;
import org.citycoop.marketplace.OfferDraft;
import org.citycoop.project.ProjectService;
import org.citycoop.security.CityCoopUser;
import org.citycoop.security.CurrentUser;
import org.citycoop.security.Roles;
import org.citycoop.workflow.ui.ServerProblems;
import org.citycoop.workflow.ui.TaskScreens;
import org.citycoop.project.ReferenceKeys;

/**
 * One offer: edited by the offering organisation's officers, read by everyone else who may see
 * offers, with the open requests it fits. {@code new} as the id opens an empty form.
 */
@Route(value = OfferView.ROUTE_PREFIX + ":" + OfferView.OFFER_ID, layout = MainLayout.class)
@RolesAllowed({Roles.OFFICER, Roles.MANAGER, Roles.PARTNER, Roles.ADMIN})
class OfferView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE_PREFIX = "marketplace/offers/";
    static final String OFFER_ID = "offerId";
    static final String NEW = "new";

    private final CooperationOfferService offers;
    private final MatchingService matching;
    private final CurrentUser currentUser;
    private final TextField title = new TextField();
    private final ComboBox<ReferenceItem> theme = new ComboBox<>();
    private final TextArea description = new TextArea();
    private final TextField keywords = new TextField();
    private final TextField references = new TextField();
    private final TextField countries = new TextField();
    private final TextField languages = new TextField();
    private final IntegerField trainees = new IntegerField();
    private final IntegerField weeks = new IntegerField();
    private final TextArea products = new TextArea();
    private Long offerId;

    OfferView(CooperationOfferService offers, MatchingService matching, ProjectService projects, CurrentUser currentUser) {
        this.offers = offers;
        this.matching = matching;
        this.currentUser = currentUser;
        setMaxWidth("1200px");
        title.setLabel(getTranslation("marketplace.field.title"));
        theme.setLabel(getTranslation("marketplace.field.themeCode"));
        theme.setItems(projects.themes());
        theme.setItemLabelGenerator(item -> getTranslation(ReferenceKeys.THEME + item.code()));
        description.setLabel(getTranslation("marketplace.field.description"));
        keywords.setLabel(getTranslation("marketplace.field.keywords"));
        keywords.setHelperText(getTranslation("marketplace.offer.keywords.help"));
        references.setLabel(getTranslation("marketplace.field.referenceProjects"));
        references.setHelperText(getTranslation("marketplace.offer.references.help"));
        countries.setLabel(getTranslation("marketplace.field.experienceCountries"));
        countries.setHelperText(getTranslation("marketplace.offer.countries.help"));
        languages.setLabel(getTranslation("marketplace.field.languages"));
        languages.setHelperText(getTranslation("marketplace.languages.help"));
        trainees.setLabel(getTranslation("marketplace.field.traineesPerYear"));
        weeks.setLabel(getTranslation("marketplace.field.specialistWeeksPerYear"));
        products.setLabel(getTranslation("marketplace.field.products"));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        CityCoopUser user = currentUser.require();
        String id = event.getRouteParameters().get(OFFER_ID).orElse("");
        if (NEW.equals(id) && offers.mayRegister(user)) {
            offerId = null;
            add(new H2(getTranslation("marketplace.offer.new")), form(true), save());
            return;
        }
        Optional<CooperationOffer> offer = id.matches("\\d{1,18}") ? offers.find(Long.parseLong(id), user) : Optional.empty();
        offer.ifPresentOrElse(found -> show(found, user), () -> add(new H2(getTranslation("marketplace.offers.title")),
                new Paragraph(getTranslation("marketplace.not-available"))));
    }

    private void show(CooperationOffer offer, CityCoopUser user) {
        offerId = offer.id();
        boolean editable = offers.mayChange(offer, user);
        title.setValue(offer.title());
        selectTheme(offer.themeCode());
        description.setValue(offer.description());
        keywords.setValue(String.join(", ", offer.keywords()));
        references.setValue(String.join(", ", offer.referenceProjects()));
        countries.setValue(String.join(", ", offer.experienceCountries()));
        languages.setValue(String.join(", ", offer.languages()));
        trainees.setValue(offer.traineesPerYear());
        weeks.setValue(offer.specialistWeeksPerYear());
        products.setValue(offer.products() == null ? "" : offer.products());
        add(new H2(offer.title()), new Paragraph(Formats.name(offer.organisationName())));
        Grid<Match> grid = new Grid<>();
        grid.addComponentColumn(MarketplaceTexts::score).setHeader(getTranslation("marketplace.column.score")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(match -> match.request().title()).setHeader(getTranslation("marketplace.column.request")).setFlexGrow(2);
        grid.addColumn(match -> Formats.name(match.request().city()) + ", " + Formats.name(match.request().countryName()))
                .setHeader(getTranslation("marketplace.field.city")).setFlexGrow(2);
        grid.addColumn(match -> MarketplaceTexts.reasons(this, match)).setHeader(getTranslation("marketplace.column.reasons")).setFlexGrow(4);
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(RequestView.ROUTE_PREFIX + click.getItem().request().id())));
        grid.setItems(matching.requestsFor(offer.id(), user));
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("marketplace.offer.no-matches"));
        // the requests first: what an officer comes here for; the offer's own fields below
        add(new H3(getTranslation("marketplace.offer.matches")), grid, new H3(getTranslation("marketplace.offer.details")), form(editable));
        if (editable) {
            add(save());
        }
    }

    private void selectTheme(String code) {
        theme.getListDataView().getItems().filter(item -> item.code().equals(code)).findFirst().ifPresent(theme::setValue);
    }

    private FormLayout form(boolean editable) {
        Stream.<HasValue<?, ?>>of(title, theme, description, keywords, references, countries, languages, trainees, weeks, products)
                .forEach(field -> field.setReadOnly(!editable));
        FormLayout form = new FormLayout(title, theme, keywords, references, countries, languages, trainees, weeks);
        form.add(description, 2);
        form.add(products, 2);
        return form;
    }

    private Button save() {
        Button save = new Button(getTranslation("marketplace.offer.save"), click -> {
            OfferDraft draft = new OfferDraft(title.getValue(), theme.getValue() == null ? null : theme.getValue().code(),
                    description.getValue(), List.of(keywords.getValue().split(",")), SubmitRequestView.codes(references.getValue()),
                    SubmitRequestView.codes(countries.getValue().toUpperCase()), SubmitRequestView.codes(languages.getValue()),
                    trainees.getValue(), weeks.getValue(), products.getValue());
            try {
                CooperationOffer saved = offerId == null ? offers.register(draft, currentUser.require())
                        : offers.change(offerId, draft, currentUser.require());
                Notification.show(getTranslation("marketplace.offer.saved"), 4000, Notification.Position.BOTTOM_END)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                getUI().ifPresent(ui -> ui.navigate(ROUTE_PREFIX + saved.id()));
            } catch (InvalidInputException refused) {
                TaskScreens.showProblems(new ServerProblems().field("title", title).field("themeCode", theme).field("description", description)
                        .field("keywords", keywords).field("referenceProjects", references).field("experienceCountries", countries)
                        .field("languages", languages).field("traineesPerYear", trainees).field("specialistWeeksPerYear", weeks)
                        .field("products", products).show(refused));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return save;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("marketplace.offers.title") + " | " + getTranslation("app.name");
    }
}
