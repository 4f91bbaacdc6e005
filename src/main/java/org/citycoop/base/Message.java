package org.citycoop.base;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.citycoop.name.Name;

/**
 * A text for the user as the key of the screens' bundle and its arguments, never as a sentence
 * (DD030): the server cannot know who reads it, so the edge — a screen, the REST API — renders it
 * in the reader's language with {@link #in(Locale)}; logs get English from {@link #toString()}.
 *
 * <p>An argument that is itself a {@code Message} (a field's label, a row's problem) is rendered in
 * the same language; a {@link LocalDate} and a {@link Yen} amount are written as the screens write
 * them (DD025), a {@link Name} in the reader's form (DD029); other numbers by {@link MessageFormat} in the reader's locale;
 * {@link Items} and {@link Sentences} as that language lists words and joins sentences, each written as above.
 *
 * <p>A key missing from the screens' bundle is looked up in the bean validation bundle, whose
 * templates name their arguments ({@code {max}}): {@code named} holds those (InputValidator).
 */
public record Message(String key, List<Object> args, Map<String, Object> named) {

    static final String SCREENS = "vaadin-i18n.translations";
    static final String VALIDATION = "ValidationMessages";
    private static final ResourceBundle.Control NO_SERVER_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final Pattern NAMED_ARGUMENT = Pattern.compile("\\{([A-Za-z]\\w*)}");

    public Message {
        args = Collections.unmodifiableList(new ArrayList<>(args)); // a screen may pass a null parameter
        named = Map.copyOf(named);
    }

    public static Message of(String key, Object... args) {
        return new Message(key, Arrays.asList(args), Map.of());
    }

    /** A bean validation template ({@code {project.title.size}}) and the attributes of its constraint. */
    public static Message ofTemplate(String template, Map<String, Object> attributes) {
        String key = template.startsWith("{") && template.endsWith("}") ? template.substring(1, template.length() - 1) : template;
        return new Message(key, List.of(), attributes);
    }

    /** The text in {@code locale}; {@code !{key}} for a key no bundle has, as a screen shows a missing text. */
    public String in(Locale locale) {
        try {
            return formatted(text(SCREENS, locale), locale);
        } catch (MissingResourceException notAScreenText) {
            try {
                return withNamed(text(VALIDATION, locale));
            } catch (MissingResourceException missing) {
                return "!{" + key + "}";
            }
        }
    }

    /** English: what a log line, an audit detail or an exception's own message says. */
    @Override
    public String toString() {
        return in(Locale.ENGLISH);
    }

    /** A text of the screens' bundle, formatted as Vaadin's provider formats it: only when there are arguments. */
    public static String screenText(String key, Locale locale, Object... args) {
        return of(key, args).in(locale);
    }

    private String text(String bundle, Locale locale) {
        return ResourceBundle.getBundle(bundle, locale, NO_SERVER_LOCALE).getString(key);
    }

    private String formatted(String text, Locale locale) {
        if (args.isEmpty()) {
            return text;
        }
        Object[] written = args.stream().map(arg -> written(arg, locale)).toArray();
        return new MessageFormat(text, locale).format(written);
    }

    private static Object written(Object arg, Locale locale) {
        if (arg instanceof Message message) {
            return message.in(locale);
        }
        if (arg instanceof LocalDate date) {
            return LocalFormats.date(date, locale);
        }
        if (arg instanceof Yen yen) {
            return LocalFormats.yen(yen.amount(), locale);
        }
        if (arg instanceof Name name) {
            return name.in(locale);
        }
        if (arg instanceof Items items) {
            return joined(items.items(), locale, Languages.isJapanese(locale) ? "、" : ", ");
        }
        if (arg instanceof Sentences sentences) {
            return joined(sentences.sentences(), locale, Languages.isJapanese(locale) ? "" : " ");
        }
        return arg;
    }

    private static String joined(List<?> items, Locale locale, String separator) {
        return items.stream().map(item -> String.valueOf(written(item, locale))).collect(Collectors.joining(separator));
    }

    private String withNamed(String template) {
        Matcher argument = NAMED_ARGUMENT.matcher(template);
        StringBuilder text = new StringBuilder();
        while (argument.find()) {
            Object value = named.get(argument.group(1));
            argument.appendReplacement(text, Matcher.quoteReplacement(value == null ? argument.group() : String.valueOf(value)));
        }
        return argument.appendTail(text).toString();
    }

    /** An amount in yen: 1,200,000円 in Japanese, ¥1,200,000 in English. */
    public record Yen(long amount) {
    }

    /** A list of words or phrases: 査証、渡航 in Japanese, "Visas, Travel" in English. */
    public record Items(List<?> items) {
        public Items {
            items = List.copyOf(items);
        }
    }

    /** Whole sentences one after the other, as each language runs them on. */
    public record Sentences(List<?> sentences) {
        public Sentences {
            sentences = List.copyOf(sentences);
        }
    }
}
