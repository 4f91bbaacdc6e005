package org.citycoop.base.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import org.citycoop.base.Languages;
import org.citycoop.base.Message;
import org.springframework.stereotype.Component;

/**
 * The screens' texts from {@code vaadin-i18n/translations.properties} (English) and
 * {@code translations_ja.properties} (Japanese), both read as UTF-8 (DD026).
 *
 * <p>Vaadin's own provider would offer only the locales with a file suffix — Japanese alone — and
 * so give every session Japanese; and it falls back to the server's default locale, so on a server
 * set to {@code ja_JP} an English browser would get Japanese too. Here English is offered first
 * (what a browser in any other language gets) and a locale without its own file gets English.
 */
@Component
public class BundleTranslations implements I18NProvider {

    @Override
    public List<Locale> getProvidedLocales() {
        return Languages.SUPPORTED;
    }

    /** Formats with MessageFormat only when there are parameters, as Vaadin's provider does (Message, DD030). */
    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return Message.screenText(key, locale, params);
    }
}
