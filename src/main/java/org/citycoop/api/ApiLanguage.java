package org.citycoop.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.citycoop.base.Languages;
import org.citycoop.base.UserLanguageService;
import org.citycoop.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * The language the API answers a caller's problems in (DD030): the one the signed-in user chose,
 * else the best supported match of the request's {@code Accept-Language}, else English. The
 * header is read, not {@code request.getLocale()}, which falls back to the server's locale.
 */
@Component
class ApiLanguage {

    private final CurrentUser currentUser;
    private final UserLanguageService languages;

    ApiLanguage(CurrentUser currentUser, UserLanguageService languages) {
        this.currentUser = currentUser;
        this.languages = languages;
    }

    Locale of(HttpServletRequest request) {
        return currentUser.find().flatMap(user -> languages.chosenBy(user.getUsername()))
                .orElseGet(() -> accepted(request.getHeader("Accept-Language")));
    }

    private static Locale accepted(String header) {
        if (header == null || header.isBlank()) {
            return Locale.ENGLISH;
        }
        try {
            Locale match = Locale.lookup(Locale.LanguageRange.parse(header), Languages.SUPPORTED);
            return match == null ? Locale.ENGLISH : match;
        } catch (IllegalArgumentException malformed) {
            return Locale.ENGLISH;
        }
    }
}
