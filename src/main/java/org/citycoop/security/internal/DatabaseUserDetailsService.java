package org.citycoop.security.internal;

import org.citycoop.name.Name;
import java.util.List;
import org.citycoop.security.CityCoopUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Users, their organisation and roles, from the domain tables (db/migration V1). */
@Service
class DatabaseUserDetailsService implements UserDetailsService {

    private final JdbcClient jdbc;

    DatabaseUserDetailsService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public CityCoopUser loadUserByUsername(String username) {
        List<String> roles = jdbc.sql("""
                        select r.role from app_user_role r join app_user u on u.id = r.user_id
                        where u.username = :username order by r.role""")
                .param("username", username)
                .query(String.class)
                .list();
        return jdbc.sql("""
                        select u.username, u.password_hash, u.enabled, u.display_name_en, u.display_name_ja, o.code,
                               o.name_en, o.name_ja
                        from app_user u join organisation o on o.id = u.organisation_id
                        where u.username = :username""")
                .param("username", username)
                .query((rs, row) -> new CityCoopUser(rs.getString(1), rs.getString(2), rs.getBoolean(3),
                        new Name(rs.getString(4), rs.getString(5)), rs.getString(6), new Name(rs.getString(7), rs.getString(8)),
                        roles.stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList()))
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
    }
}
