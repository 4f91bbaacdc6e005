package org.citycoop.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.UUID;
import org.citycoop.CityCoopTest;
import org.citycoop.TestUsers;
import org.citycoop.base.InvalidInputException;
import org.citycoop.base.NotAvailableException;
import org.citycoop.security.Roles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The inbox's columns and saved filters as kept on the server, and who sees which filter. */
@CityCoopTest
class InboxPreferencesTest {

    @Autowired InboxPreferences preferences;
    @Autowired TestUsers users;

    @Test
    void theColumnsAUserChoseAreTheirsAloneAndSurviveUntilTheyChooseAgain() {
        Actor officer = actor("kawasaki.officer");
        assertThat(preferences.columnsOf(officer)).containsExactlyElementsOf(InboxColumn.DEFAULT);

        preferences.chooseColumns(EnumSet.of(InboxColumn.PHASE, InboxColumn.DUE), officer);

        assertThat(preferences.columnsOf(officer)).containsExactly(InboxColumn.PHASE, InboxColumn.DUE);
        assertThat(preferences.columnsOf(actor("cat23.officer"))).containsExactlyElementsOf(InboxColumn.DEFAULT);
        preferences.chooseColumns(EnumSet.of(InboxColumn.PROJECT), officer);
        assertThat(preferences.columnsOf(officer)).containsExactly(InboxColumn.PROJECT);
    }

    @Test
    void aFilterSharedWithOfficersIsSeenByTheOrganisationsOfficersButNeverByAnotherOrganisation() {
        String name = "Overdue waste " + UUID.randomUUID().toString().substring(0, 6);
        Actor manager = actor("kitakyushu.manager");
        SavedFilter shared = preferences.saveFilter(name, "view=GROUP_TASKS&due=OVERDUE&phase=FUNDING", Roles.OFFICER, manager);
        SavedFilter own = preferences.saveFilter(name + " mine", "view=ORGANISATION_TASKS", null, manager);

        assertThat(preferences.savedFiltersOf(manager)).extracting(SavedFilter::name).contains(name, name + " mine");
        assertThat(preferences.savedFiltersOf(actor("kitakyushu.officer"))).extracting(SavedFilter::name)
                .contains(name).doesNotContain(name + " mine");
        assertThat(preferences.savedFiltersOf(actor("kitakyushu.officer")))
                .filteredOn(filter -> filter.name().equals(name)).singleElement()
                .satisfies(filter -> assertThat(filter.query()).isEqualTo("view=GROUP_TASKS&due=OVERDUE&phase=FUNDING"));
        // Yokohama's officers hold the same role, in another organisation: they never see it
        assertThat(preferences.savedFiltersOf(actor("yokohama.officer"))).extracting(SavedFilter::name)
                .doesNotContain(name, name + " mine");
        assertThat(preferences.savedFiltersOf(actor("yokohama.manager"))).extracting(SavedFilter::name)
                .doesNotContain(name, name + " mine");

        // only the owner deletes; a colleague who sees it cannot
        assertThatThrownBy(() -> preferences.deleteFilter(shared.id(), actor("kitakyushu.officer")))
                .isInstanceOf(NotAvailableException.class);
        assertThatThrownBy(() -> preferences.deleteFilter(own.id(), actor("yokohama.manager")))
                .isInstanceOf(NotAvailableException.class);
        preferences.deleteFilter(shared.id(), manager);
        assertThat(preferences.savedFiltersOf(actor("kitakyushu.officer"))).extracting(SavedFilter::name).doesNotContain(name);
    }

    @Test
    void savingAgainUnderTheSameNameReplacesAndBadInputNamesTheField() {
        Actor officer = actor("yokohama.officer");
        String name = "Mine " + UUID.randomUUID().toString().substring(0, 6);
        preferences.saveFilter(name, "view=MY_TASKS", null, officer);
        preferences.saveFilter(name, "view=MY_TASKS&due=THIS_WEEK", null, officer);
        assertThat(preferences.savedFiltersOf(officer)).filteredOn(filter -> filter.name().equals(name)).singleElement()
                .satisfies(filter -> assertThat(filter.query()).isEqualTo("view=MY_TASKS&due=THIS_WEEK"));

        assertThatThrownBy(() -> preferences.saveFilter(" ", "view=MY_TASKS", null, officer))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                        .extracting(InvalidInputException.FieldProblem::field).containsExactly("name"));
        assertThatThrownBy(() -> preferences.saveFilter("Elsewhere", "https://example.org/?view=MY_TASKS", "mayor", officer))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                        .extracting(InvalidInputException.FieldProblem::field).containsExactly("query", "sharedWithRole"));
        assertThat(preferences.savedFiltersOf(officer)).extracting(SavedFilter::name).doesNotContain("Elsewhere", " ");
    }

    private Actor actor(String username) {
        return Actor.of(users.get(username));
    }
}
