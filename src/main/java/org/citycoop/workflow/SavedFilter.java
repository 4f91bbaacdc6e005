package org.citycoop.workflow;

/**
 * A named inbox filter: {@code query} is the inbox address's query (e.g. {@code view=GROUP_TASKS&due=OVERDUE}),
 * {@code sharedWithRole} the role of the owner's organisation that sees it too, or null.
 */
public record SavedFilter(long id, String name, String query, String owner, String sharedWithRole) {

    public boolean ownedBy(Actor actor) {
        return owner.equals(actor.userId());
    }
}
