package org.citycoop.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import org.citycoop.CityCoopTest;
import org.citycoop.TestFiles;
import org.citycoop.TestProposals;
import org.citycoop.TestUsers;
import org.citycoop.base.InvalidInputException;
import org.citycoop.document.DocumentRef;
import org.citycoop.project.Project;
import org.citycoop.project.ProjectDocumentService;
import org.citycoop.project.ProjectService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 7, attack 6: hostile uploads. The server decides, whatever the browser field let through:
 * size, the real type from the content (and a name that agrees with it), harmless Office packages
 * (no zip bomb, no XML entities), names without their paths; downloads are attachments with nosniff.
 */
@CityCoopTest
class UploadAttackTest {

    private static final int MAX_BYTES = 20 * 1024 * 1024;
    private static final String OFFICER = "kitakyushu.officer";

    @LocalServerPort
    int port;

    @Autowired ProjectService projects;
    @Autowired ProjectDocumentService documents;
    @Autowired TestUsers users;

    private Project project;

    @BeforeEach
    void kitakyushuHasAProject() {
        project = projects.propose(TestProposals.of("Upload attacks " + UUID.randomUUID(), "SBY"), users.get(OFFICER));
    }

    @Test
    void aFileOverTheLimitIsRefusedByTheServerAndNothingIsStored() {
        byte[] oversized = Arrays.copyOf(TestFiles.pdf("large"), MAX_BYTES + 1);

        assertRefused("report.pdf", oversized, "larger than 20 MB");
        assertThat(documents.upload(project.code(), "report.pdf", Arrays.copyOf(TestFiles.pdf("at the limit"), MAX_BYTES),
                users.get(OFFICER)).sizeBytes()).as("exactly the limit is allowed").isEqualTo(MAX_BYTES);
    }

    @Test
    void aBodyOverTheLimitPostedStraightToTheUploadAddressIsCutOffAt413() {
        VaadinClient officer = VaadinClient.signedIn(port, OFFICER);
        String target = VaadinClient.uploadTarget(officer.open("projects/" + project.code()));

        HttpResponse<String> refused = officer.upload(target, new byte[MAX_BYTES + 1024 * 1024]);

        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(refused.body()).doesNotContain("Exception", "at org.", "at com.");
        assertThat(officer.upload(target, TestFiles.pdf("small")).statusCode()).as("a file within the limit").isEqualTo(200);
    }

    @Test
    void aFileWhoseContentIsNotItsClaimedTypeIsRefused() {
        assertRefused("notes.pdf", "#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.US_ASCII), "not one of those");
        assertRefused("photo.png", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.US_ASCII),
                "not one of those");
        assertRefused("agreement.pdf", TestFiles.png(), "the content of agreement.pdf is a .png file");
        assertRefused("minutes.docx", TestFiles.pdf("a PDF"), "the content of minutes.docx is a .pdf file");
        assertRefused("plan.pdf", TestFiles.docx("a Word document"), "not one of those");
        assertRefused("report.docx", TestFiles.zip(Map.of("payload.exe", new byte[] {'M', 'Z'})),
                "not a document of the type its name claims");
        assertRefused("no-extension", TestFiles.pdf("a PDF"), "is a .pdf file");

        assertThat(upload("photo.PNG", TestFiles.png()).contentType()).isEqualTo("image/png");
        assertThat(upload("plan.docx", TestFiles.docx("a plan")).contentType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    }

    @Test
    void onlyTheLastSegmentOfAFileNameIsKept() {
        assertThat(upload("../../etc/passwd.pdf", TestFiles.pdf("1")).fileName()).isEqualTo("passwd.pdf");
        assertThat(upload("C:\\x\\y.pdf", TestFiles.pdf("2")).fileName()).isEqualTo("y.pdf");
        assertThat(upload("/var/tmp/..\\..\\z.pdf", TestFiles.pdf("3")).fileName()).isEqualTo("z.pdf");
    }

    @Test
    void aZipBombDressedAsAWordDocumentIsRefusedWithoutBeingUnpacked() {
        byte[] bomb = TestFiles.docxWithPartOf(150L * 1024 * 1024);
        assertThat(bomb.length).as("small when packed").isLessThan(1024 * 1024);

        assertRefused("bomb.docx", bomb, "it unpacks to more than 100 MB");
        assertThat(upload("pictures.docx", TestFiles.docxWithPartOf(5L * 1024 * 1024)).fileName())
                .as("a document with a large picture").isEqualTo("pictures.docx");
    }

    @Test
    void xmlEntitiesInsideAnOfficeDocumentAreRefusedWithoutBeingResolved() {
        String externalEntity = """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">\
                <w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>""";
        String billionLaughs = """
                <?xml version="1.0"?>
                <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">\
                <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">\
                <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]>
                <lolz>&lol4;</lolz>""";

        assertThatThrownBy(() -> upload("contract.docx", TestFiles.docxWithBody(externalEntity)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("holds XML that Office does not write")
                .message().doesNotContain("root:");
        assertRefused("laughs.docx", TestFiles.docxWithBody(billionLaughs), "holds XML that Office does not write");
    }

    @Test
    void aDocumentDownloadsAsAnAttachmentThatTheBrowserMayNotSniff() {
        upload("site-plan.docx", TestFiles.docx("site plan"));
        VaadinClient officer = VaadinClient.signedIn(port, OFFICER);
        String download = VaadinClient.downloadLabelled(officer.open("projects/" + project.code()), "site-plan.docx");

        HttpResponse<String> response = officer.get(download);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Disposition")).hasValueSatisfying(disposition ->
                assertThat(disposition).startsWith("attachment;").contains("site-plan.docx"));
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValue("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(WebClient.anonymous(port).get("/login").headers().firstValue("X-Content-Type-Options"))
                .as("every answer of the screens' chain, so every other download too (study report, CSV)").hasValue("nosniff");
    }

    private DocumentRef upload(String fileName, byte[] content) {
        return documents.upload(project.code(), fileName, content, users.get(OFFICER));
    }

    private void assertRefused(String fileName, byte[] content, String reason) {
        assertThatThrownBy(() -> upload(fileName, content)).as(fileName)
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(reason);
        assertThat(documents.documentsOf(project.code(), users.get(OFFICER))).as("nothing stored for " + fileName)
                .noneMatch(stored -> stored.fileName().equals(fileName));
    }
}
