package org.citycoop.project;

import java.util.Set;

/**
 * A Spring event: a comment mentioned colleagues ({@code @username}); published in the comment's
 * transaction. {@code usernames} are colleagues of organisations taking part (checked before).
 */
public record ColleaguesMentioned(long commentId, String projectCode, String projectTitle, String author, Set<String> usernames) {

    public ColleaguesMentioned {
        usernames = Set.copyOf(usernames);
    }
}
