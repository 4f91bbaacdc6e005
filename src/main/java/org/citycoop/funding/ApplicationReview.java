package org.citycoop.funding;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * A reviewer's screening: a score of 1 (poor) to 5 (excellent) for every criterion of the
 * scheme, by criterion code; the checklist items found fulfilled, by item code; and comments.
 */
public class ApplicationReview {

    private Map<String, Integer> scores = new HashMap<>();

    private Set<String> fulfilledItems = new HashSet<>();

    @NotBlank(message = "{funding.review.comment.required}")
    @Size(max = 4000, message = "{funding.review.comment.size}")
    private String comment;

    public Map<String, Integer> getScores() {
        return scores;
    }

    public void setScores(Map<String, Integer> scores) {
        this.scores = scores == null ? new HashMap<>() : new HashMap<>(scores);
    }

    public Set<String> getFulfilledItems() {
        return fulfilledItems;
    }

    public void setFulfilledItems(Set<String> fulfilledItems) {
        this.fulfilledItems = fulfilledItems == null ? new HashSet<>() : new HashSet<>(fulfilledItems);
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
