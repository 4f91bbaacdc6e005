package org.citycoop.security;

import java.util.Collection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates user accounts; passwords are stored only as bcrypt hashes. */
@Service
public class UserAccountService {

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;

    UserAccountService(JdbcClient jdbc, PasswordEncoder passwords) {
        this.jdbc = jdbc;
        this.passwords = passwords;
    }

    @Transactional
    public void create(String username, String displayName, String organisationCode, String rawPassword,
                       Collection<String> roles) {
        long userId = jdbc.sql("""
                        insert into app_user (username, display_name, password_hash, organisation_id)
                        values (:username, :displayName, :hash, (select id from organisation where code = :organisation))
                        returning id""")
                .param("username", username)
                .param("displayName", displayName)
                .param("hash", passwords.encode(rawPassword))
                .param("organisation", organisationCode)
                .query(Long.class)
                .single();
        for (String role : roles) {
            jdbc.sql("insert into app_user_role (user_id, role) values (:user, :role)")
                    .param("user", userId).param("role", role).update();
        }
    }
}
