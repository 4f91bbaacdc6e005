package org.citycoop.benchmark;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javax.sql.DataSource;
import org.citycoop.Application;
import org.citycoop.project.ProjectLifecycleService;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Node B of {@link ScaleOutScenario}: the application on the benchmark's database (the {@code postgres}
 * profile, from {@code CITYCOOP_DB_URL}), its engine a second member of the cluster. Arguments: the file to
 * create once ready, the file to write its {@link NodeShare} to, then the application's settings. Once ready
 * it reads one line on stdin, {@code <window start, epoch ms> <seconds>}, drives workers 4–7 over that window,
 * cancels their projects, writes its share and stops.
 */
public final class BenchmarkNode {

    private BenchmarkNode() {
    }

    public static void main(String[] args) throws Exception {
        Path ready = Path.of(args[0]);
        Path share = Path.of(args[1]);
        String[] settings = java.util.Arrays.copyOfRange(args, 2, args.length);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class).profiles("postgres")
                .run(Benchmark.nodeSettings("node-b", settings))) {
            LifecycleScenario workers = new LifecycleScenario(Benchmark.lifecyclePath(context),
                    context.getBean(ProjectLifecycleService.class), null, context.getBean(DataSource.class),
                    context.getBean(UserDetailsService.class), ScaleOutScenario.NODE_B_WORKERS);
            Files.writeString(ready, "ready");
            String[] window = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine().split(" ");
            NodeShare done = workers.driveShare(new Window(Long.parseLong(window[0]), Integer.parseInt(window[1])));
            // node A polls for the file: it must never see half of it
            Path written = Files.createTempFile(share.getParent(), "node-b", ".share");
            done.write(written);
            Files.move(written, share, StandardCopyOption.ATOMIC_MOVE);
        }
        System.exit(0);
    }
}
