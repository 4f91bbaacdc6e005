package org.citycoop.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.citycoop.CityCoopTest;
import org.citycoop.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * A user chooses the language of their own screens, and only of their own, and only one the
 * screens are written in; a refused choice leaves the stored one as it was.
 */
@CityCoopTest
class UserLanguageServiceTest {

    private static final String OFFICER = "kawasaki.officer";

    @Autowired UserLanguageService languages;
    @Autowired TestUsers users;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void browserLanguageAgain() {
        jdbc.sql("update app_user set preferred_language = null where username = :username").param("username", OFFICER).update();
    }

    @Test
    void aUserChoosesJapaneseAndThenEnglishForThemself() {
        assertThat(languages.chosenBy(OFFICER)).as("no choice yet: the browser decides").isEmpty();

        languages.choose(users.get(OFFICER), OFFICER, "ja");
        assertThat(languages.chosenBy(OFFICER)).contains(Locale.JAPANESE);

        languages.choose(users.get(OFFICER), OFFICER, "en");
        assertThat(languages.chosenBy(OFFICER)).contains(Locale.ENGLISH);
    }

    @Test
    void nobodyChoosesTheLanguageOfAnotherUser() {
        languages.choose(users.get(OFFICER), OFFICER, "ja");

        assertThatThrownBy(() -> languages.choose(users.get("kitakyushu.manager"), OFFICER, "en"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(languages.chosenBy(OFFICER)).as("the officer's own choice stays").contains(Locale.JAPANESE);
    }

    @Test
    void aLanguageTheScreensAreNotWrittenInIsRefusedNamingTheField() {
        languages.choose(users.get(OFFICER), OFFICER, "ja");

        for (String unsupported : new String[] {"fr", "", "JA-jp", null}) {
            assertThatThrownBy(() -> languages.choose(users.get(OFFICER), OFFICER, unsupported))
                    .as("language %s", unsupported)
                    .isInstanceOfSatisfying(InvalidInputException.class, refused -> {
                        assertThat(refused.problems()).singleElement().satisfies(problem -> {
                            assertThat(problem.field()).isEqualTo("language");
                            assertThat(problem.message()).contains("en, ja");
                        });
                    });
        }
        assertThat(languages.chosenBy(OFFICER)).as("the stored choice is unchanged").contains(Locale.JAPANESE);
    }
}
