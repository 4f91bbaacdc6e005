package org.citycoop.peerlearning;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.citycoop.document.DocumentRef;
import org.citycoop.name.Name;

/**
 * A published good practice: the case summary (English and/or Japanese), the closed project it comes
 * from (theme, partner city, lead), the documents shared as teaching materials and the indicators as
 * the follow-up last reported them.
 */
public record GoodPractice(long id, String projectCode, String title, String summaryEn, String summaryJa,
                           String themeCode, String themeName, Name city, Name country, String countryIso2, String regionCode,
                           Name lead, List<DocumentRef> documents, List<IndicatorFigures> indicators,
                           String publishedBy, Instant publishedAt) {

    /** The summary in the reader's language, the other when it was written in one only. */
    public String summaryIn(Locale locale) {
        boolean japanese = Locale.JAPANESE.getLanguage().equals(locale.getLanguage());
        String preferred = japanese ? summaryJa : summaryEn;
        return preferred != null ? preferred : japanese ? summaryEn : summaryJa;
    }
}
