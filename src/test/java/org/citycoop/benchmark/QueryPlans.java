package org.citycoop.benchmark;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citycoop.benchmark.StatementRecorder.Binding;
import org.citycoop.benchmark.StatementRecorder.SentStatement;

/** {@code EXPLAIN (ANALYZE, BUFFERS)} of statements the application sent, replayed with their parameters. */
final class QueryPlans {

    private static final Pattern EXECUTION_TIME = Pattern.compile("Execution Time: ([0-9.]+) ms");

    /** The plan of one statement the engine or the services sent for a scenario's case. */
    record Plan(String caseName, String sql, double executionMs, String text) { }

    private QueryPlans() {
    }

    static Plan explain(Connection connection, String caseName, SentStatement statement) throws SQLException {
        try (PreparedStatement explain = connection.prepareStatement("explain (analyze, buffers) " + statement.sql())) {
            for (Binding binding : statement.parameters().values()) {
                try {
                    binding.setter().invoke(explain, binding.arguments());
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot bind " + Arrays.toString(binding.arguments()), e);
                }
            }
            StringBuilder plan = new StringBuilder();
            try (ResultSet lines = explain.executeQuery()) {
                while (lines.next()) {
                    plan.append(lines.getString(1)).append('\n');
                }
            }
            Matcher time = EXECUTION_TIME.matcher(plan);
            return new Plan(caseName, statement.sql(), time.find() ? Double.parseDouble(time.group(1)) : 0,
                    "Parameters: " + statement.parameters().values().stream()
                            .map(binding -> String.valueOf(binding.arguments()[1])).toList() + "\n" + plan);
        }
    }

    static void writePlans(List<Plan> plans, Path file) throws IOException {
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file))) {
            for (Plan plan : plans) {
                out.printf("=== %s (%.3f ms)%n%s%n%s%n", plan.caseName(), plan.executionMs(),
                        plan.sql().strip().replaceAll("\\s+", " "), plan.text());
            }
        }
    }
}
