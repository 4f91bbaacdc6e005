package org.citycoop.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.citycoop.CityCoopTest;
import org.citycoop.DatabaseFault;
import org.citycoop.TestFiles;
import org.citycoop.TestProposals;
import org.citycoop.TestUsers;
import org.citycoop.document.DocumentService;
import org.citycoop.project.AgreementInput;
import org.citycoop.project.Project;
import org.citycoop.project.ProjectLifecycleService;
import org.citycoop.project.ProjectProcess;
import org.citycoop.project.ProjectProcessFixture;
import org.citycoop.project.ProjectService;
import org.citycoop.project.ScreeningDecision;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Fault 8: an upload interrupted between the file's write and the record that points at it. A
 * document's bytes live in its own row (DD021), written in the same transaction as the record
 * that refers to it and the task's completion, so an interruption anywhere in between leaves
 * neither: never a record pointing at a missing file.
 */
@CityCoopTest
class InterruptedUploadTest {

    @Autowired ProjectService projects;
    @Autowired ProjectLifecycleService lifecycle;
    @Autowired ProjectProcessFixture process;
    @Autowired DocumentService documents;
    @Autowired TaskService engineTasks;
    @Autowired JdbcClient jdbc;
    @Autowired TestUsers users;

    private DatabaseFault interrupted;

    @AfterEach
    void storageBackToNormal() {
        if (interrupted != null) {
            interrupted.remove();
        }
    }

    @Test
    void anAgreementUploadInterruptedAfterTheFileIsWrittenLeavesNoDocumentNoAgreementAndTheTaskOpen() {
        Project project = projectAwaitingTheAgreement();
        byte[] mou = TestFiles.pdf("Memorandum of understanding, Kitakyushu and Surabaya");
        interruptAgreementWritesOf(project);

        assertThatThrownBy(() -> confirm(project, mou)).isInstanceOf(DataAccessException.class)
                .hasMessageContaining("interrupted after the document was written");

        assertThat(documentsOf(project)).isZero();
        assertThat(jdbc.sql("select count(*) from cooperation_agreement where project_id = :project")
                .param("project", project.id()).query(Long.class).single()).isZero();
        assertThat(openTask(project).getTaskDefinitionKey()).isEqualTo(ProjectProcess.TASK_CONFIRM_AGREEMENT);

        // the partner uploads again once the fault is over: one document, and the agreement points at its bytes
        storageBackToNormal();
        confirm(project, mou);
        long documentId = jdbc.sql("select document_id from cooperation_agreement where project_id = :project")
                .param("project", project.id()).query(Long.class).single();
        assertThat(documentsOf(project)).isEqualTo(1);
        assertThat(documents.content(project.id(), documentId, "surabaya.partner").content()).isEqualTo(mou);
    }

    /**
     * What makes a dangling reference impossible anywhere, not only for agreements: the bytes are a
     * required column of the document row, and every column that refers to a document is a foreign key.
     */
    @Test
    void everyReferenceToADocumentIsAForeignKeyAndEveryDocumentHoldsItsBytes() {
        List<String> referencing = jdbc.sql("""
                        select table_name || '.' || column_name from information_schema.columns
                        where table_schema = current_schema() and column_name like '%document_id' order by 1""")
                .query(String.class).list();
        List<String> foreignKeys = jdbc.sql("""
                        select conrelid::regclass::text || '.' || a.attname from pg_constraint k
                        join pg_attribute a on a.attrelid = k.conrelid and a.attnum = any (k.conkey)
                        where k.contype = 'f' and k.confrelid = 'document'::regclass""")
                .query(String.class).list();
        String contentNullable = jdbc.sql("""
                        select is_nullable from information_schema.columns
                        where table_schema = current_schema() and table_name = 'document' and column_name = 'content'""")
                .query(String.class).single();

        assertThat(referencing).hasSizeGreaterThanOrEqualTo(5);
        assertThat(foreignKeys).containsAll(referencing);
        assertThat(contentNullable).isEqualTo("NO");
    }

    private Project projectAwaitingTheAgreement() {
        Project project = projects.propose(TestProposals.of("Upload " + UUID.randomUUID(), "SBY"), users.get("kitakyushu.officer"));
        projects.screen(openTask(project).getId(), ScreeningDecision.APPROVE, "", users.get("kitakyushu.manager"));
        process.startAt(project, ProjectProcess.TASK_CONFIRM_AGREEMENT, Map.of(ProjectProcess.FEASIBILITY_STUDY_NEEDED, true));
        return project;
    }

    private void confirm(Project project, byte[] mou) {
        LocalDate signed = LocalDate.of(2027, 5, 1);
        lifecycle.confirmAgreement(openTask(project).getId(), new AgreementInput("Mayor of Kitakyushu", "Mayor of Surabaya",
                signed, signed.plusYears(3), "mou.pdf", mou), users.get("surabaya.partner"));
    }

    /** The agreement's row cannot be written, after its document has been. */
    private void interruptAgreementWritesOf(Project project) {
        interrupted = DatabaseFault.refuse(jdbc, "agreement_write_interrupted", "insert", "cooperation_agreement",
                "new.project_id = " + project.id(), "interrupted after the document was written (fault test)");
    }

    private long documentsOf(Project project) {
        return jdbc.sql("select count(*) from document where project_id = :project").param("project", project.id())
                .query(Long.class).single();
    }

    private Task openTask(Project project) {
        return engineTasks.createTaskQuery().processInstanceBusinessKey(project.code()).singleResult();
    }
}
