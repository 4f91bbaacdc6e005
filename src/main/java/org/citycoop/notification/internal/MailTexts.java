package org.citycoop.notification.internal;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.citycoop.notification.Notification;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The e-mails' words, from the screens' message bundle in the recipient's language, with links to
 * the application at its public address ({@code citycoop.mail.base-url}).
 */
@Component
class MailTexts {

    private static final String BUNDLE = "vaadin-i18n.translations";
    /** Never the JVM's default locale as a fallback: an English recipient must get English on a Japanese server. */
    private static final ResourceBundle.Control NO_DEFAULT_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    static final String SETTINGS_ROUTE = "settings/notifications";

    private final String baseUrl;

    MailTexts(@Value("${citycoop.mail.base-url:http://localhost:8080}") String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    Mail single(Recipient recipient, Notification notification) {
        Locale locale = recipient.locale();
        String body = String.join("\n\n", text(locale, "mail.greeting", recipient.displayName().in(locale)),
                sentence(locale, notification), text(locale, "mail.open", link(notification.link())), footer(locale));
        return new Mail(recipient.email(), text(locale, "mail.subject", sentence(locale, notification)), body);
    }

    Mail digest(Recipient recipient, List<Notification> notifications) {
        Locale locale = recipient.locale();
        StringBuilder body = new StringBuilder(text(locale, "mail.greeting", recipient.displayName().in(locale))).append("\n\n")
                .append(text(locale, "mail.digest.intro", notifications.size())).append("\n\n");
        notifications.forEach(notification -> body.append("- ").append(sentence(locale, notification)).append("\n  ")
                .append(link(notification.link())).append("\n"));
        body.append("\n").append(footer(locale));
        return new Mail(recipient.email(), text(locale, "mail.digest.subject", notifications.size()), body.toString());
    }

    /** The absolute address of a path of the application, as a link in an e-mail. */
    String link(String path) {
        return baseUrl + "/" + path;
    }

    private String footer(Locale locale) {
        return text(locale, "mail.footer", link(SETTINGS_ROUTE));
    }

    private static String sentence(Locale locale, Notification notification) {
        // the mail is written in the transaction that caused it: a task without a text keeps its recorded name rather than failing it
        String subject = notification.subjectKey().filter(key -> bundle(locale).containsKey(key)).map(key -> text(locale, key))
                .orElse(notification.subject());
        return text(locale, notification.sentenceKey(), subject, notification.projectCode());
    }

    private static String text(Locale locale, String key, Object... arguments) {
        return new MessageFormat(bundle(locale).getString(key), locale).format(arguments);
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, NO_DEFAULT_LOCALE);
    }

    /** An e-mail ready for the outbox. */
    record Mail(String recipient, String subject, String body) {
    }
}
