package org.citycoop.base.ui;

import com.vaadin.flow.i18n.DefaultI18NProvider;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The languages of the screens, English first: a browser that asks for Japanese gets Japanese, any
 * other browser English. Without this, Vaadin offers only the languages that have a suffixed bundle
 * ({@code translations_ja.properties}; English is the unsuffixed one) and falls back to the first of
 * them, so every English browser got Japanese (DD023).
 */
@Component
class Languages extends DefaultI18NProvider {

    Languages() {
        super(List.of(Locale.ENGLISH, Locale.JAPANESE), Languages.class.getClassLoader());
    }
}
