package org.citycoop.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What one node's workers did in a run on several nodes ({@link ScaleOutScenario}): the duration of every
 * task completion in the window, the projects that finished the path in it, every completion that returned
 * (in the window or not), the errors, and the codes of the projects proposed. Travels from the second node's
 * JVM to the first as a small text file of {@code key=value} lines. The database's CPU and the machine's busy
 * share are the whole machine's in the window, the same seen from either node.
 */
record NodeShare(double seconds, double jvmCpuSeconds, double databaseCpuSeconds, double machineBusyShare, long[] completionNanos, long projects, long completionCalls,
                 long errors, List<String> firstErrors, List<String> codes) {

    double completionsPerSecond() {
        return completionNanos.length / seconds;
    }

    void write(Path file) throws IOException {
        Files.writeString(file, String.join("\n",
                "seconds=" + seconds,
                "jvmCpuSeconds=" + jvmCpuSeconds,
                "databaseCpuSeconds=" + databaseCpuSeconds,
                "machineBusyShare=" + machineBusyShare,
                "completionNanos=" + Arrays.stream(completionNanos).mapToObj(Long::toString).collect(Collectors.joining(",")),
                "projects=" + projects,
                "completionCalls=" + completionCalls,
                "errors=" + errors,
                // an error's message may hold anything but a line break
                "firstErrors=" + firstErrors.stream().map(error -> error.replaceAll("[\\r\\n|]+", " ")).collect(Collectors.joining("|")),
                "codes=" + String.join(",", codes)) + "\n");
    }

    static NodeShare read(Path file) throws IOException {
        Map<String, String> fields = Files.readAllLines(file).stream().filter(line -> line.contains("="))
                .collect(Collectors.toMap(line -> line.substring(0, line.indexOf('=')), line -> line.substring(line.indexOf('=') + 1)));
        Function<String, List<String>> list = key -> Arrays.stream(fields.get(key).split(key.equals("firstErrors") ? "\\|" : ","))
                .filter(item -> !item.isBlank()).toList();
        return new NodeShare(Double.parseDouble(fields.get("seconds")), Double.parseDouble(fields.get("jvmCpuSeconds")),
                Double.parseDouble(fields.get("databaseCpuSeconds")), Double.parseDouble(fields.get("machineBusyShare")),
                list.apply("completionNanos").stream().mapToLong(Long::parseLong).toArray(), Long.parseLong(fields.get("projects")),
                Long.parseLong(fields.get("completionCalls")), Long.parseLong(fields.get("errors")), list.apply("firstErrors"),
                list.apply("codes"));
    }
}
