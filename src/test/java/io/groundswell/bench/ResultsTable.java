package io.groundswell.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Collects benchmark rows and writes them as a markdown table into target/bench/. */
final class ResultsTable {

    record Row(String scenario, String figure, String reference, String ratio, String goal, String verdict) {}

    private final List<Row> rows = new ArrayList<>();
    private final String title;

    ResultsTable(String title) {
        this.title = title;
    }

    synchronized void add(String scenario, String figure, String reference, String ratio, String goal, String verdict) {
        rows.add(new Row(scenario, figure, reference, ratio, goal, verdict));
        System.out.printf(
                Locale.ROOT,
                "BENCH | %s | %s | %s | %s | %s | %s%n",
                scenario,
                figure,
                reference,
                ratio,
                goal,
                verdict);
    }

    static String verdict(boolean met) {
        return met ? "met" : "NOT met";
    }

    static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }

    synchronized Path write(Path dir, String machine) {
        return write(dir, "results.md", machine);
    }

    /** Writes the table as {@code dir/fileName}: each suite of the harness has a file of its own. */
    synchronized Path write(Path dir, String fileName, String machine) {
        StringBuilder md = new StringBuilder();
        md.append("### ").append(title).append("\n\n");
        md.append("Run ").append(Instant.now()).append(" on ").append(machine).append(".\n\n");
        md.append("| scenario | Groundswell | reference | ratio | goal | verdict |\n");
        md.append("|---|---|---|---|---|---|\n");
        for (Row row : rows) {
            md.append("| ")
                    .append(String.join(
                            " | ",
                            row.scenario(),
                            row.figure(),
                            row.reference(),
                            row.ratio(),
                            row.goal(),
                            row.verdict()))
                    .append(" |\n");
        }
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve(fileName);
            Files.writeString(file, md.toString());
            System.out.println(md);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A one-line description of this machine: cores, memory, JVM, OS. */
    static String machine() {
        long memoryGiB = -1;
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    memoryGiB = Math.round(Long.parseLong(line.replaceAll("\\D", "")) / 1024.0 / 1024.0);
                }
            }
        } catch (IOException | NumberFormatException e) {
            // not Linux: leave memory unknown
        }
        return f(
                "%d cores, %s GiB, Java %s, %s %s",
                Runtime.getRuntime().availableProcessors(),
                memoryGiB < 0 ? "?" : Long.toString(memoryGiB),
                System.getProperty("java.version"),
                System.getProperty("os.name"),
                System.getProperty("os.arch"));
    }
}
