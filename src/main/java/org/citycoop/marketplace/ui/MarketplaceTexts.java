package org.citycoop.marketplace.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.stream.Collectors;
import org.citycoop.base.ui.Formats;
import org.citycoop.marketplace.Match;
import org.citycoop.marketplace.MatchReason;
import org.citycoop.marketplace.RequestForm;
import org.citycoop.project.ReferenceKeys;

/** The marketplace's words on screen: a match's reasons, each in the reader's language. */
final class MarketplaceTexts {

    private MarketplaceTexts() {
    }

    static String reasons(Component screen, Match match) {
        return match.reasons().stream().map(reason -> reason(screen, reason)).collect(Collectors.joining(" · "));
    }

    static String reason(Component screen, MatchReason reason) {
        String detail = switch (reason.kind()) {
            case THEME -> screen.getTranslation(ReferenceKeys.THEME + reason.detail());
            case CAPACITY -> screen.getTranslation("marketplace.form." + RequestForm.valueOf(reason.detail()).name());
            case REGION_EXPERIENCE -> screen.getTranslation("region." + reason.detail());
            case LANGUAGE -> Formats.languages(List.of(reason.detail().split(", ")));
            default -> reason.detail();
        };
        return screen.getTranslation(reason.sentenceKey(), detail) + " (+" + reason.points() + ")";
    }

    static Span score(Match match) {
        Span score = new Span(String.valueOf(match.score()));
        score.getElement().getThemeList().add("badge" + (match.score() >= 60 ? " success" : ""));
        return score;
    }
}
