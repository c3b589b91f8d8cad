package io.groundswell.testing;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The packaged application ({@code target/quarkus-app/quarkus-run.jar}) run as a real process, so
 * tests can stop it, kill it and start it again on the same data, as an operator would.
 */
public final class PackagedApp implements AutoCloseable {

    // The same as the test profile's: on PostgreSQL the packaged app shares the test database, whose
    // administrator the in-process tests created first.
    public static final String ADMIN_PASSWORD = "admin-test-password";

    private final Path dataDir;
    private final int port;
    private final Path log;
    private Process process;
    private long logOffset;
    private Duration lastStartToReady = Duration.ZERO;
    private final List<String> extraOptions = new ArrayList<>();

    public PackagedApp(String name) throws IOException {
        Path root = Path.of(System.getProperty("groundswell.it.data-dir", "target/it-data/manual"));
        this.dataDir = root.resolve(name);
        this.log = root.resolve(name + ".log");
        Files.createDirectories(dataDir);
        this.port = freePort();
    }

    /**
     * A free port below Linux's ephemeral range (32768 and up). A port the system hands out for
     * {@code bind(0)} is an ephemeral one, and between choosing it and the application binding it an
     * outgoing connection (a database client, a test's own sockets) could take it: the application
     * then exits with "port in use".
     */
    private static int freePort() throws IOException {
        Random random = new Random();
        for (int attempt = 0; attempt < 100; attempt++) {
            int candidate = 20_000 + random.nextInt(12_000);
            try (ServerSocket socket = new ServerSocket(candidate, 1, InetAddress.getLoopbackAddress())) {
                return socket.getLocalPort();
            } catch (IOException taken) {
                // Try another.
            }
        }
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    public Path dataDir() {
        return dataDir;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    /** Adds a JVM option (-Dkey=value or -Xmx…) for the next start. */
    public PackagedApp with(String option) {
        extraOptions.add(option);
        return this;
    }

    /** Measured time from launching the process to ready, for the last {@link #start()}. */
    public Duration lastStartToReady() {
        return lastStartToReady;
    }

    /** The operating system's id of the running process. */
    public long pid() {
        return process.pid();
    }

    /** Resident memory of the running process in KiB, from /proc (Linux). */
    public long residentKiB() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + process.pid() + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        return -1;
    }

    /** Starts the process and waits until {@code /q/health/ready} is UP. */
    public PackagedApp start() throws IOException, InterruptedException {
        String jar = System.getProperty("groundswell.app.jar", "target/quarkus-app/quarkus-run.jar");
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-Xmx" + System.getProperty("groundswell.it.heap", "512m"),
                "-Dquarkus.http.port=" + port,
                "-Dquarkus.http.host=127.0.0.1",
                "-Dgroundswell.data-dir=" + dataDir.toAbsolutePath(),
                "-Dgroundswell.admin.password=" + ADMIN_PASSWORD,
                // Every test client connects from 127.0.0.1: its deliberate failures must not lock the
                // address out (as in the %test profile); extra options may set a lower limit again.
                "-Dgroundswell.sign-in.free-failures-per-address=1000000"));
        String jdbcUrl = System.getProperty("groundswell.it.jdbc.url");
        if (jdbcUrl != null) {
            command.add("-Dquarkus.datasource.jdbc.url=" + jdbcUrl);
            command.add("-Dquarkus.datasource.username=" + System.getProperty("groundswell.it.jdbc.username"));
            command.add("-Dquarkus.datasource.password=" + System.getProperty("groundswell.it.jdbc.password", ""));
        }
        command.addAll(extraOptions);
        logOffset = Files.exists(log) ? Files.size(log) : 0;
        command.add("-jar");
        command.add(jar);
        process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        // A rebuild of a large index happens before ready: the benchmark's million posts need longer.
        lastStartToReady = awaitReady(Duration.ofSeconds(Long.getLong("groundswell.it.ready-timeout-seconds", 600)));
        return this;
    }

    /** Measured time from process start to ready, for the last {@link #start()}. */
    public Duration awaitReady(Duration timeout) {
        Instant begin = Instant.now();
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(baseUrl() + "/q/health/ready"))
                .timeout(Duration.ofSeconds(2))
                .build();
        await("the application to be ready; see " + log)
                .atMost(timeout)
                .pollInterval(Duration.ofMillis(200))
                // Not listening yet.
                .ignoreExceptionsInstanceOf(IOException.class)
                .until(() -> {
                    if (!process.isAlive()) {
                        throw new IllegalStateException(
                                "The application exited with " + process.exitValue() + "; see " + log);
                    }
                    return client.send(ready, HttpResponse.BodyHandlers.ofString())
                                    .statusCode()
                            == 200;
                });
        return Duration.between(begin, Instant.now());
    }

    /** What the process logged since the last {@link #start()}. */
    public String logSinceStart() throws IOException {
        byte[] all = Files.readAllBytes(log);
        int from = (int) Math.min(logOffset, all.length);
        return new String(all, from, all.length - from, StandardCharsets.UTF_8);
    }

    /** A graceful stop (SIGTERM), as a service manager does. */
    public void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            process.waitFor();
        }
    }

    /** kill -9: no shutdown hooks, no final commit. */
    public void kill() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            process.waitFor();
        }
    }

    @Override
    public void close() throws InterruptedException {
        kill();
    }
}
