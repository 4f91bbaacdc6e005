package org.citycoop.security;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RepositoryService;
import org.citycoop.CityCoopTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 7, attack 7: a process model is deployed by an admin through /engine-rest only (CityCoop's
 * own code never deploys; the models of the jar are deployed at start), and the engine's parser
 * refuses a model with a DOCTYPE (external entities, entity bombs) without echoing any file it names.
 */
@CityCoopTest
class DeploymentAttackTest {

    private static final String CREATE = "/engine-rest/deployment/create";
    private static final String MODEL = """
            <?xml version="1.0" encoding="UTF-8"?>
            %s
            <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                         id="Definitions_Attack" targetNamespace="http://citycoop.org/attack">
              <process id="Process_Attack" name="%s" isExecutable="true" camunda:historyTimeToLive="P1D">
                <startEvent id="StartEvent_Attack"/>
              </process>
            </definitions>""";

    @LocalServerPort
    int port;

    @Autowired RepositoryService repository;

    @Test
    void onlyAnAdminMayDeployAModel() {
        String name = "Harmless " + UUID.randomUUID();
        byte[] model = MODEL.formatted("", "Harmless").getBytes(StandardCharsets.UTF_8);

        assertThat(deploy(WebClient.anonymous(port), name, model).statusCode()).isEqualTo(401);
        for (String user : new String[] {"kitakyushu.officer", "kitakyushu.manager", "surabaya.partner", "jica.reviewer"}) {
            assertThat(deploy(WebClient.basic(port, user, "demo"), name, model).statusCode()).as(user).isEqualTo(403);
            assertThat(deploy(WebClient.signedIn(port, user, "demo"), name, model).statusCode())
                    .as(user + " with a browser session").isIn(401, 403);
        }
        assertThat(repository.createDeploymentQuery().deploymentName(name).count()).isZero();

        HttpResponse<String> admin = deploy(WebClient.basic(port, "admin", "demo"), name, model);
        assertThat(admin.statusCode()).as(admin.body()).isEqualTo(200);
        repository.deleteDeployment(repository.createDeploymentQuery().deploymentName(name).singleResult().getId(), true);
    }

    @Test
    void citycoopsOwnCodeNeverDeploys() {
        JavaClasses production = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.citycoop");

        noClasses().should().callMethod(RepositoryService.class, "createDeployment")
                .because("models come from the jar at start, or from an admin through /engine-rest")
                .check(production);
    }

    @Test
    void aModelWithAnExternalEntityIsRefusedWithoutEchoingTheFile() throws Exception {
        assertThat(Files.readString(Path.of("/etc/passwd"))).as("the file the attacker wants").contains("root:");
        String model = MODEL.formatted("<!DOCTYPE definitions [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>", "&xxe;");

        assertRefused("External entity " + UUID.randomUUID(), model);
    }

    @Test
    void aModelWithAnEntityBombIsRefused() {
        String model = MODEL.formatted("""
                <!DOCTYPE definitions [<!ENTITY lol "lol">
                <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
                <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
                <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
                <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
                <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
                <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
                <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
                <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">]>""", "&lol9;");

        assertRefused("Entity bomb " + UUID.randomUUID(), model);
    }

    private void assertRefused(String name, String model) {
        HttpResponse<String> refused = deploy(WebClient.basic(port, "admin", "demo"), name, model.getBytes(StandardCharsets.UTF_8));

        // the parser's refusal is a ProcessEngineException, which the engine's REST answers with 500
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(500);
        assertThat(refused.body()).contains("DOCTYPE is disallowed").doesNotContain("root:", "/bin/", "lollol");
        assertThat(repository.createDeploymentQuery().deploymentName(name).count()).isZero();
    }

    private static HttpResponse<String> deploy(WebClient client, String name, byte[] model) {
        return client.postMultipart(CREATE, Map.of("deployment-name", name, "deployment-source", "attack test"),
                "attack.bpmn", model);
    }
}
