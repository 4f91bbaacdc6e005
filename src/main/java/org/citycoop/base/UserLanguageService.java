package org.citycoop.base;

import java.util.Locale;
import java.util.Optional;
import org.citycoop.security.CityCoopUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The language each user chose for the screens (app_user.preferred_language, db/migration V25; the e-mails follow it too). Without a choice the browser's
 * language decides; with one, it is applied on every page the user opens (ChosenLanguage).
 */
@Service
public class UserLanguageService {

    private final JdbcClient jdbc;

    UserLanguageService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The language {@code username} chose, if any. */
    @Transactional(readOnly = true)
    public Optional<Locale> chosenBy(String username) {
        return jdbc.sql("select preferred_language from app_user where username = :username and preferred_language is not null")
                .param("username", username).query(String.class).optional().flatMap(Languages::of);
    }

    /**
     * Stores {@code language} (a tag such as "ja" or "en") as the language of {@code username}.
     * Only the user themself may choose it; a language the screens are not written in is refused
     * naming the field "language".
     */
    @Transactional
    public void choose(CityCoopUser actor, String username, String language) {
        if (!actor.getUsername().equals(username)) {
            throw new AccessDeniedException(actor.getUsername() + " may not choose the language of " + username);
        }
        Locale chosen = Languages.of(language).orElseThrow(() -> InvalidInputException.of("language",
                "problem.language", String.join(", ", Languages.SUPPORTED.stream().map(Locale::getLanguage).toList())));
        jdbc.sql("update app_user set preferred_language = :language where username = :username")
                .param("language", chosen.getLanguage()).param("username", username).update();
    }
}
