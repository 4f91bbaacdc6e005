package org.citycoop.api;

import jakarta.servlet.http.HttpServletRequest;
import org.citycoop.base.Message;
import org.citycoop.security.ApiRefusalWording;
import org.springframework.stereotype.Component;

/** The security chain's refusals worded as the API's other problems are: in the language {@link ApiLanguage} picks. */
@Component
class ApiRefusalTexts implements ApiRefusalWording {

    private final ApiLanguage language;

    ApiRefusalTexts(ApiLanguage language) {
        this.language = language;
    }

    @Override
    public String word(HttpServletRequest request, String key, Object... args) {
        return Message.of(key, args).in(language.of(request));
    }
}
