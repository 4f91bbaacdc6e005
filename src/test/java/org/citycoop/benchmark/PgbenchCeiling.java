package org.citycoop.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * The machine's ceiling in this run: pgbench's TPC-B-like load with 8 clients and default
 * settings, against the benchmark's own PostgreSQL, in a database of its own.
 */
final class PgbenchCeiling {

    static final int CLIENTS = 8;
    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");

    record Ceiling(double tps, int clients, int seconds, String output) { }

    private final DataSource dataSource;
    private final int port;
    private final Path logFolder;

    PgbenchCeiling(DataSource dataSource, int port, Path logFolder) {
        this.dataSource = dataSource;
        this.port = port;
        this.logFolder = logFolder;
    }

    Ceiling measure(int seconds) throws IOException, InterruptedException, SQLException {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("drop database if exists pgbench");
            sql.execute("create database pgbench");
        }
        run("pgbench-init", List.of("-i", "-q"));
        String output = run("pgbench-run", List.of("-c", String.valueOf(CLIENTS), "-T", String.valueOf(seconds)));
        Matcher tps = TPS.matcher(output);
        if (!tps.find()) {
            throw new IllegalStateException("pgbench printed no TPS:\n" + output);
        }
        return new Ceiling(Double.parseDouble(tps.group(1)), CLIENTS, seconds, output);
    }

    private String run(String name, List<String> arguments) throws IOException, InterruptedException {
        Path log = logFolder.resolve(name + ".txt");
        List<String> command = new ArrayList<>(List.of("pgbench", "-h", "localhost", "-p", String.valueOf(port),
                "-U", "postgres"));
        command.addAll(arguments);
        command.add("pgbench");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        int exit = process.waitFor();
        String output = Files.readString(log, StandardCharsets.UTF_8);
        if (exit != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed (" + exit + "):\n" + output);
        }
        return output;
    }
}
