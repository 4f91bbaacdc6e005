package org.citycoop.faults;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.citycoop.Application;
import org.citycoop.TestFiles;
import org.citycoop.TestUsers;
import org.citycoop.funding.FundingFixtures;
import org.citycoop.project.AgreementInput;
import org.citycoop.project.ProjectLifecycleService;
import org.citycoop.project.ProjectService;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

/**
 * The application in a JVM of its own, for the fault tests that kill it ({@link KilledJvmTest})
 * and for the cluster test ({@link ClusterTest}, two of them on one database): the real
 * application, on the database given by the {@code postgres} profile, plus a console on stdin
 * through which the test makes a user act via the real services. Each command answers
 * one line on stdout: {@code RIG DONE <command> <result>} or {@code RIG FAILED <command> <why>}.
 */
public final class FaultRig {

    static final String READY = "RIG READY";

    private FaultRig() {
    }

    public static void main(String[] args) throws Exception {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
                .initializers(app -> app.getBeanFactory().registerSingleton("noTestConfigurations", new NoTestConfigurations()))
                .run(args);
        System.out.println(READY);
        BufferedReader commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = commands.readLine(); line != null; line = commands.readLine()) {
            String[] words = line.strip().split(" ");
            try {
                System.out.println("RIG DONE " + words[0] + " " + run(context, words));
            } catch (RuntimeException | InterruptedException failed) {
                System.out.println("RIG FAILED " + words[0] + " " + failed);
            }
        }
    }

    private static ProposalLoad load;

    private static String run(ConfigurableApplicationContext context, String[] words) throws InterruptedException {
        TestUsers users = context.getBean(TestUsers.class);
        switch (words[0]) {
            case "load-start" -> {
                load = new ProposalLoad(context.getBean(ProjectService.class), users.get("kitakyushu.officer"));
                return load.status();
            }
            case "load-status" -> {
                return load.status();
            }
            case "load-stop" -> {
                return load.stop();
            }
            case "confirm-agreement" -> {
                LocalDate signed = LocalDate.of(2027, 5, 1);
                context.getBean(ProjectLifecycleService.class).confirmAgreement(words[1], new AgreementInput(
                        "Mayor of Kitakyushu", "Mayor of Dalian", signed, signed.plusYears(3), "mou.pdf",
                        TestFiles.pdf("Memorandum of understanding")), users.get(words[2]));
                return words[1];
            }
            case "approve-for-submission" -> {
                FundingFixtures funding = context.getBean(FundingFixtures.class);
                return IntStream.range(0, words.length > 1 ? Integer.parseInt(words[1]) : 1)
                        .mapToObj(number -> funding.approvedForSubmission()).collect(Collectors.joining(","));
            }
            case "returned-proposals" -> {
                return new ClusterWork(context).returnedProposals(Integer.parseInt(words[1]));
            }
            case "revise" -> {
                return new ClusterWork(context).revise(words[1], words[2]);
            }
            case "hold-submissions" -> {
                return new ClusterWork(context).holdSubmissions();
            }
            case "release-submissions" -> {
                return new ClusterWork(context).releaseSubmissions();
            }
            case "report-metrics" -> {
                return new ClusterWork(context).reportMetrics();
            }
            default -> throw new IllegalArgumentException("unknown command " + words[0]);
        }
    }

    /** The test suite's own configurations (e.g. the process coverage) stay out of this application. */
    static final class NoTestConfigurations extends TypeExcludeFilter {

        @Override
        public boolean match(MetadataReader reader, MetadataReaderFactory factory) {
            return reader.getAnnotationMetadata().hasAnnotation(TestConfiguration.class.getName());
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof NoTestConfigurations;
        }

        @Override
        public int hashCode() {
            return NoTestConfigurations.class.hashCode();
        }
    }
}
