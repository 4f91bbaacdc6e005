package org.citycoop.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.citycoop.demo.internal.DemoProjectHistory;
import org.citycoop.document.DocumentRef;
import org.citycoop.followup.FollowUpProcess;
import org.citycoop.followup.FollowUpService;
import org.citycoop.followup.FollowUpTask;
import org.citycoop.followup.ProgressEntry;
import org.citycoop.followup.ProgressReview;
import org.citycoop.followup.ReviewOutcome;
import org.citycoop.peerlearning.DialogueService;
import org.citycoop.peerlearning.GoodPracticeService;
import org.citycoop.peerlearning.MeetingRecord;
import org.citycoop.peerlearning.PracticeDraft;
import org.citycoop.peerlearning.ProgrammeDraft;
import org.citycoop.peerlearning.ProgrammeService;
import org.citycoop.project.ActionPlan;
import org.citycoop.project.DacCriterion;
import org.citycoop.project.Evaluation;
import org.citycoop.project.ImplementationService;
import org.citycoop.project.IndicatorTarget;
import org.citycoop.project.PlannedTarget;
import org.citycoop.project.Project;
import org.citycoop.project.ProjectDocumentService;
import org.citycoop.project.ProjectProcess;
import org.citycoop.project.ProjectProposal;
import org.citycoop.project.ProjectService;
import org.citycoop.security.CityCoopUser;
import org.citycoop.workflow.Actor;
import org.citycoop.workflow.WorkTask;
import org.citycoop.workflow.WorkflowService;
import org.springframework.context.annotation.Profile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * The demo's peer-learning records (issue 10): three closed projects of the ASEAN model-cities
 * programme with their follow-up figures, good practices published from two of them (the third is
 * left for Kitakyushu's officer to publish), and two meetings of the Japan-ASEAN dialogue.
 */
@Component
@Profile("demo")
class DemoPeerLearning {

    static final String PROGRAMME = "ASEAN_MODEL_CITIES";
    static final String DIALOGUE = "JAPAN_ASEAN_ENVIRONMENT";

    private final ProjectService projects;
    private final ImplementationService implementation;
    private final FollowUpService followUps;
    private final ProjectDocumentService documents;
    private final ProgrammeService programmes;
    private final DialogueService dialogues;
    private final GoodPracticeService practices;
    private final WorkflowService workflow;
    private final DemoProjectHistory history;
    private final UserDetailsService userDetails;
    private final Clock clock;

    DemoPeerLearning(ProjectService projects, ImplementationService implementation, FollowUpService followUps,
                     ProjectDocumentService documents, ProgrammeService programmes, DialogueService dialogues,
                     GoodPracticeService practices, WorkflowService workflow, DemoProjectHistory history,
                     UserDetailsService userDetails, Clock clock) {
        this.projects = projects;
        this.implementation = implementation;
        this.followUps = followUps;
        this.documents = documents;
        this.programmes = programmes;
        this.dialogues = dialogues;
        this.practices = practices;
        this.workflow = workflow;
        this.history = history;
        this.userDetails = userDetails;
        this.clock = clock;
    }

    void load() {
        LocalDate today = LocalDate.now(clock);
        Project surabaya = closedProject(new Crew("kitakyushu.officer", "kitakyushu.manager", "surabaya.partner", "KIT", "SBY"),
                "Model city: household composting in Surabaya", today, List.of(
                        target("COMPOSTING", "2", "10", "11.5"), target("RECYCLING_RATE", "8", "20", "17"),
                        target("WASTE_LANDFILLED", "1500", "1200", "1240")));
        Project kualaLumpur = closedProject(new Crew("yokohama.officer", "yokohama.manager", "kualalumpur.partner", "YOK", "KUL"),
                "Model city: separate collection and recycling in Kuala Lumpur", today, List.of(
                        target("RECYCLING_RATE", "10", "22", "23.5"), target("WASTE_LANDFILLED", "3000", "2600", "2750")));
        Project secondSurabaya = closedProject(new Crew("kitakyushu.officer", "kitakyushu.manager", "surabaya.partner", "KIT", "SBY"),
                "Model city: market-waste composting centres in Surabaya", today, List.of(
                        target("COMPOSTING", "0.5", "4", "3.2")));
        String officer = "kitakyushu.officer";
        DocumentRef manual = documents.upload(surabaya.code(), "takakura-composting-manual.pdf",
                pdf("Takakura home composting: a manual for households and cadres"), user(officer));
        practices.publish(new PracticeDraft(surabaya.code(), "Takakura home composting with community cadres",
                "Households compost kitchen waste in Takakura baskets; trained community cadres (environmental volunteers) "
                        + "visit, advise and collect the compost. Composting grew from 2 to 11.5 t/day in 31 districts.",
                "高倉式コンポストを家庭に配布し、研修を受けた地域の環境推進員が訪問・助言し、堆肥を回収します。"
                        + "31地区で堆肥化量が日量2トンから11.5トンに増えました。", List.of(manual.id())), user(officer));
        DocumentRef guide = documents.upload(kualaLumpur.code(), "separate-collection-guide.pdf",
                pdf("Separate collection in high-rise housing: a guide"), user("yokohama.officer"));
        practices.publish(new PracticeDraft(kualaLumpur.code(), "Separate collection in high-rise housing",
                "Residents' associations of high-rise estates agreed on collection days by material; Yokohama's G30 "
                        + "campaign materials were adapted to Malay. The recycling rate rose from 10 % to 23.5 %.",
                null, List.of(guide.id())), user("yokohama.officer"));
        programmes.save(new ProgrammeDraft(PROGRAMME, "ASEAN model cities programme (JAIF)", "ASEANモデル都市プログラム（JAIF）",
                "ASEAN cities take part with a Japanese partner city and report on the same waste indicators, so that "
                        + "they learn from each other's progress.", "JAIF",
                List.of(surabaya.code(), kualaLumpur.code(), secondSurabaya.code()),
                List.of("COMPOSTING", "RECYCLING_RATE", "WASTE_LANDFILLED")), user("admin"));
        dialogues.saveDialogue(DIALOGUE, "Japan-ASEAN Dialogue on Environmental Cooperation", "日ASEAN環境協力対話", user("admin"));
        dialogues.recordMeeting(new MeetingRecord(DIALOGUE, 1, today.minusYears(2).withDayOfMonth(5), "Bali", "ID",
                List.of("KIT", "YOK", "SBY", "KUL", "JAIF"), "Ministry of the Environment, Japan; ASEAN Secretariat",
                "Agreed to start a model-cities programme on solid waste, with common indicators reported by each city.",
                List.of(PROGRAMME), List.of()), user("admin"));
        dialogues.recordMeeting(new MeetingRecord(DIALOGUE, 2, today.minusMonths(3).withDayOfMonth(9), "Kitakyushu", "JP",
                List.of("KIT", "YOK", "SBY", "KUL", "JAIF", "KITA"), "ASEAN Working Group on Environmentally Sustainable Cities",
                "Reviewed the model cities' progress: Surabaya and Kuala Lumpur reached their composting and recycling targets. "
                        + "Agreed to publish their good practices and to invite two more cities.",
                List.of(PROGRAMME), List.of(surabaya.code(), kualaLumpur.code())), user("admin"));
    }

    private record Crew(String officer, String manager, String partner, String lead, String partnerCity) {
    }

    /** An indicator target of the action plan and the value the partner reported in the follow-up round. */
    private record Target(IndicatorTarget target, String reported) {
    }

    private static Target target(String indicator, String baseline, String target, String reported) {
        return new Target(new IndicatorTarget(indicator, baseline, target, LocalDate.of(2026, 3, 31)), reported);
    }

    /** Proposed, then from the action plan through one follow-up round, completion report and evaluation to closed. */
    private Project closedProject(Crew crew, String title, LocalDate today, List<Target> targets) {
        ProjectProposal proposal = new ProjectProposal();
        proposal.setTitle(title);
        proposal.setPartnerCode(crew.partnerCity());
        proposal.setThemeCode("WASTE");
        proposal.setCooperationTypeCode("TECHNICAL_COOPERATION");
        proposal.setPlannedStart(today.minusYears(3));
        proposal.setPlannedEnd(today.minusMonths(1));
        proposal.setBudgetJpy(20_000_000L);
        Project project = projects.propose(proposal, user(crew.officer()));
        history.startAtActionPlan(project.code(), crew.lead(), crew.partnerCity());
        implementation.submitActionPlan(taskOf(project, crew.partner()).id(), new ActionPlan(
                "Scale the model city's waste measures to all districts, run by the city's cleansing agency.",
                targets.stream().map(Target::target).toList()), user(crew.partner()));
        followUps.setSchedule(taskOf(project, crew.officer()).id(), "R1/P6M", user(crew.officer()));
        history.roundDue(project.code());
        WorkTask report = taskOf(project, crew.partner());
        FollowUpTask task = followUps.openTask(report.id(), FollowUpProcess.TASK_REPORT_PROGRESS, user(crew.partner()));
        List<PlannedTarget> planned = task.actionPlan().targets();
        followUps.reportProgress(report.id(), IntStream.range(0, planned.size()).mapToObj(i -> new ProgressEntry(planned.get(i).id(),
                targets.get(i).reported(), today.minusMonths(2), null, null, null)).toList(), user(crew.partner()));
        followUps.review(taskOf(project, crew.officer()).id(), new ProgressReview(ReviewOutcome.ACCEPTED, false, null), user(crew.officer()));
        implementation.writeCompletionReport(taskOf(project, crew.officer()).id(),
                "The measures run in all districts; the partner's agency finances them from its own budget.",
                "Community cadres and the partner's own budget made the difference.", user(crew.officer()));
        implementation.evaluate(taskOf(project, crew.manager()).id(), Arrays.stream(DacCriterion.values())
                .map(criterion -> new Evaluation(criterion, "A", "Met the plan.")).toList(), user(crew.manager()));
        return projects.require(project.code(), user(crew.officer()));
    }

    /** The one open task of the project that this user may work on. */
    private WorkTask taskOf(Project project, String username) {
        List<WorkTask> open = workflow.openTasksOf(project.code(), Actor.of(user(username)));
        if (open.size() != 1) {
            throw new IllegalStateException("Demo: expected one task of " + project.code() + " for " + username + ", found " + open);
        }
        return open.get(0);
    }

    private CityCoopUser user(String username) {
        return (CityCoopUser) userDetails.loadUserByUsername(username);
    }

    /** A one-page PDF with the title of the teaching material. */
    private static byte[] pdf(String title) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD), 16);
                content.newLineAtOffset(72, 720);
                content.showText(title);
                content.endText();
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
