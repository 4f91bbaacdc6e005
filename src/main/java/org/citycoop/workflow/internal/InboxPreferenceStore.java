package org.citycoop.workflow.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.citycoop.workflow.SavedFilter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The inbox's column choices and saved filters (V13). Callers check who may see what. */
@Repository
public class InboxPreferenceStore {

    private final JdbcClient jdbc;

    InboxPreferenceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<String> columnsOf(String username) {
        return jdbc.sql("select columns from inbox_column_choice where username = :username")
                .param("username", username).query(String.class).optional();
    }

    public void chooseColumns(String username, String columns) {
        jdbc.sql("""
                        insert into inbox_column_choice (username, columns) values (:username, :columns)
                        on conflict (username) do update set columns = excluded.columns, chosen_at = now()""")
                .param("username", username).param("columns", columns).update();
    }

    /** The user's own filters and those shared with one of {@code roles} in {@code organisationCode}, by name. */
    public List<SavedFilter> filtersVisibleTo(String username, String organisationCode, Collection<String> roles) {
        return jdbc.sql("""
                        select id, name, query, owner, shared_with_role from inbox_saved_filter
                        where owner = :username
                           or (organisation_code = :organisation and shared_with_role in (:roles))
                        order by lower(name), id""")
                .param("username", username).param("organisation", organisationCode)
                .param("roles", roles.isEmpty() ? List.of("") : roles)
                .query((rs, row) -> new SavedFilter(rs.getLong("id"), rs.getString("name"), rs.getString("query"),
                        rs.getString("owner"), rs.getString("shared_with_role")))
                .list();
    }

    /** Saves the owner's filter; a filter of the same name is replaced, so saving again updates it. */
    public long saveFilter(String owner, String organisationCode, String name, String query, String sharedWithRole) {
        return jdbc.sql("""
                        insert into inbox_saved_filter (owner, organisation_code, name, query, shared_with_role)
                        values (:owner, :organisation, :name, :query, :role)
                        on conflict (owner, name) do update set query = excluded.query,
                            shared_with_role = excluded.shared_with_role, organisation_code = excluded.organisation_code,
                            saved_at = now()
                        returning id""")
                .param("owner", owner).param("organisation", organisationCode).param("name", name)
                .param("query", query).param("role", sharedWithRole)
                .query(Long.class).single();
    }

    /** Deletes the filter if {@code owner} owns it; whether it did. */
    public boolean deleteFilter(long id, String owner) {
        return jdbc.sql("delete from inbox_saved_filter where id = :id and owner = :owner")
                .param("id", id).param("owner", owner).update() == 1;
    }
}
