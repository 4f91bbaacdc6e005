package org.citycoop.security;

import org.citycoop.name.Name;
import java.util.Collection;
import java.util.HashMap;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates user accounts; passwords are stored only as bcrypt hashes and must follow the password
 * policy ({@link #create}). Users are created by no migration and by no code outside the demo
 * profile (DemoAccountsTest).
 */
@Service
public class UserAccountService {

    static final int MIN_PASSWORD_LENGTH = 12;
    static final int MAX_PASSWORD_BYTES = 72;

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;

    UserAccountService(JdbcClient jdbc, PasswordEncoder passwords) {
        this.jdbc = jdbc;
        this.passwords = passwords;
    }

    /**
     * A new account. Its password has at least {@value #MIN_PASSWORD_LENGTH} characters, at most
     * {@value #MAX_PASSWORD_BYTES} bytes (bcrypt reads no further) and does not contain the username;
     * otherwise {@link InvalidPasswordException} naming the field "password".
     */
    @Transactional
    public void create(String username, Name displayName, String organisationCode, String rawPassword,
                       Collection<String> roles) {
        checkPolicy(username, rawPassword);
        insert(username, displayName, organisationCode, rawPassword, roles);
    }

    /**
     * An account of the demo data, whose password is public (README) and shorter than the policy
     * allows. For classes of the {@code demo} profile only: DemoAccountsTest names every caller.
     */
    @Transactional
    public void createDemoAccount(String username, Name displayName, String organisationCode, String rawPassword,
                                  Collection<String> roles) {
        insert(username, displayName, organisationCode, rawPassword, roles);
    }

    static void checkPolicy(String username, String rawPassword) {
        if (rawPassword == null || rawPassword.codePointCount(0, rawPassword.length()) < MIN_PASSWORD_LENGTH) {
            throw new InvalidPasswordException("security.problem.password.short", MIN_PASSWORD_LENGTH);
        }
        if (rawPassword.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            throw new InvalidPasswordException("security.problem.password.long", MAX_PASSWORD_BYTES);
        }
        if (rawPassword.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            throw new InvalidPasswordException("security.problem.password.username");
        }
    }

    private void insert(String username, Name displayName, String organisationCode, String rawPassword,
                        Collection<String> roles) {
        long userId = jdbc.sql("""
                        insert into app_user (username, display_name_en, display_name_ja, password_hash, organisation_id)
                        values (:username, :displayNameEn, :displayNameJa, :hash, (select id from organisation where code = :organisation))
                        returning id""")
                .param("username", username)
                .param("displayNameEn", displayName.en())
                .param("displayNameJa", displayName.ja())
                .param("hash", passwords.encode(rawPassword))
                .param("organisation", organisationCode)
                .query(Long.class)
                .single();
        for (String role : roles) {
            jdbc.sql("insert into app_user_role (user_id, role) values (:user, :role)")
                    .param("user", userId).param("role", role).update();
        }
    }

    /** Usernames of the organisation's users, for the organisation's task view of a manager. */
    @Transactional(readOnly = true)
    public List<String> usernamesOf(String organisationCode) {
        return jdbc.sql("""
                        select u.username from app_user u join organisation o on o.id = u.organisation_id
                        where o.code = :organisation and u.enabled order by u.username""")
                .param("organisation", organisationCode).query(String.class).list();
    }

    /** Users' names as people read them (both forms, DD029), by username; a username without an account stands for itself. */
    @Transactional(readOnly = true)
    public Map<String, Name> displayNames(Collection<String> usernames) {
        Map<String, Name> names = new HashMap<>();
        usernames.forEach(username -> names.put(username, Name.english(username)));
        if (!usernames.isEmpty()) {
            jdbc.sql("select username, display_name_en, display_name_ja from app_user where username in (:usernames)")
                    .param("usernames", usernames)
                    .query((rs, row) -> names.put(rs.getString(1), new Name(rs.getString(2), rs.getString(3)))).list();
        }
        return names;
    }

    /** The roles of {@code username} if the user is an enabled member of the organisation; otherwise none. */
    @Transactional(readOnly = true)
    public Set<String> rolesInOrganisation(String username, String organisationCode) {
        return Set.copyOf(jdbc.sql("""
                        select r.role from app_user_role r join app_user u on u.id = r.user_id
                        join organisation o on o.id = u.organisation_id
                        where u.username = :username and o.code = :organisation and u.enabled""")
                .param("username", username).param("organisation", organisationCode).query(String.class).list());
    }
}
