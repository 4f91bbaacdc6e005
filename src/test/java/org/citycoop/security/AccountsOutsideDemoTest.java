package org.citycoop.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.citycoop.base.Message;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Profile;

/**
 * Attack 1, "no default or demo account outside the demo profile", without starting a second
 * application context: a plain check of everything that can create an account. No migration
 * inserts users, the Camunda starter gets no admin user, and the one way to create an account
 * without the password policy is called only by beans of the {@code demo} profile. The password
 * policy of every other account is checked here too.
 */
class AccountsOutsideDemoTest {

    @Test
    void onlyBeansOfTheDemoProfileCreateAccountsWithAKnownPassword() {
        JavaClasses main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.citycoop");
        Set<JavaClass> callers = main.get(UserAccountService.class).getMethodCallsToSelf().stream()
                .filter(call -> call.getTarget().getName().equals("createDemoAccount"))
                .map(call -> call.getOriginOwner())
                .collect(Collectors.toSet());

        assertThat(callers).extracting(JavaClass::getSimpleName).as("control: the demo data creates its accounts").contains("DemoData");
        assertThat(callers).allSatisfy(caller -> assertThat(profilesOf(caller)).as(caller.getName()).containsExactly("demo"));
    }

    @Test
    void noMigrationCreatesAUser() throws IOException {
        try (Stream<Path> migrations = Files.list(Path.of("db", "migration"))) {
            List<Path> creatingUsers = migrations.filter(file -> contains(file, "insert into app_user")
                    || contains(file, "act_id_user")).toList();
            assertThat(creatingUsers).isEmpty();
        }
    }

    @Test
    void theCamundaStarterCreatesNoAdminUser() throws IOException {
        assertThat(Files.readString(Path.of("src", "main", "resources", "application.yml"))).doesNotContain("admin-user");
    }

    @Test
    void aPasswordOfTwelveCharactersAtLeastNotContainingTheUsernameIsRequired() {
        assertThat(refusal(() -> UserAccountService.checkPolicy("mori", "short-pass1"), Locale.ENGLISH)).startsWith("Password: use at least 12");
        assertThat(refusal(() -> UserAccountService.checkPolicy("mori", "short-pass1"), Locale.JAPANESE)).isEqualTo("パスワード: 12文字以上にしてください。");
        assertThat(refusal(() -> UserAccountService.checkPolicy("kaori.mori", "my-KAORI.MORI-pass"), Locale.ENGLISH)).contains("user name");
        assertThat(refusal(() -> UserAccountService.checkPolicy("mori", "あ".repeat(25)), Locale.ENGLISH)).contains("at most 72 bytes");
        UserAccountService.checkPolicy("mori", "correct horse battery");
    }

    /** The policy's refusal as a reader of {@code locale} is told it (DD030: the exception keeps the key). */
    private static String refusal(Runnable check, Locale locale) {
        try {
            check.run();
        } catch (InvalidPasswordException refused) {
            return Message.of(refused.messageKey(), refused.arguments().toArray()).in(locale);
        }
        throw new AssertionError("the policy accepted the password");
    }

    private static Set<String> profilesOf(JavaClass bean) {
        Profile profile = bean.reflect().getAnnotation(Profile.class);
        return profile == null ? Set.of() : Set.copyOf(Arrays.asList(profile.value()));
    }

    private static boolean contains(Path file, String text) {
        try {
            return Files.readString(file).toLowerCase(Locale.ROOT).contains(text);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
