package org.allianceledger.support;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.awaitility.core.ConditionTimeoutException;

/**
 * The service started as a separate JVM, as a user would start it, so that tests can kill it with
 * SIGKILL, watch it fail to start, and read what it printed.
 */
public final class LedgerProcess implements AutoCloseable {

    private static final String MAIN_CLASS = "org.allianceledger.AllianceLedgerApplication";
    private static final String STARTED = "Started AllianceLedgerApplication";

    /** Small and quick to start: the tests start many. */
    private static final List<String> TEST_JVM = List.of("-Xmx256m", "-XX:TieredStopAtLevel=1");

    private final Process process;
    private final Path output;
    private final int httpPort;

    private LedgerProcess(Process process, Path output, int httpPort) {
        this.process = process;
        this.output = output;
        this.httpPort = httpPort;
    }

    /** Starts the service with the given Spring arguments; output goes to a file for later reading. */
    public static LedgerProcess start(int httpPort, String... args) throws IOException {
        List<String> arguments = new ArrayList<>(List.of("--server.port=" + httpPort));
        arguments.addAll(List.of(args));
        return launch(TEST_JVM, arguments, httpPort);
    }

    /**
     * Starts the service as a user's command would, with the JVM's own defaults (compiler; heap unless
     * {@code jvmOptions} bound it), for measuring.
     */
    public static LedgerProcess startWithDefaultJvm(int httpPort, List<String> jvmOptions, String... args) throws IOException {
        List<String> arguments = new ArrayList<>(List.of("--server.port=" + httpPort));
        arguments.addAll(List.of(args));
        return launch(jvmOptions, arguments, httpPort);
    }

    /** Runs a command-line verb of the jar, e.g. {@code load-history FILE}. */
    public static LedgerProcess run(String... verbAndArgs) throws IOException {
        return launch(TEST_JVM, List.of(verbAndArgs), 0);
    }

    private static LedgerProcess launch(List<String> jvmOptions, List<String> args, int httpPort) throws IOException {
        List<String> command = new ArrayList<>(List.of(javaExecutable()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), MAIN_CLASS));
        command.addAll(args);
        Path output = Files.createTempFile("ledger-process", ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        return new LedgerProcess(process, output, httpPort);
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Waits until the service says it has started; fails with its output if it exits or takes too long. */
    public LedgerProcess awaitStarted(Duration timeout) throws IOException, InterruptedException {
        return awaitOutput(STARTED, timeout);
    }

    /** Whether the service has said it started, for waiting on one of several; fails with its output if it exited. */
    public boolean hasStarted() throws IOException {
        if (output().contains(STARTED)) {
            return true;
        }
        requireAlive();
        return false;
    }

    /** Fails with the process's output if it has exited. */
    public void requireAlive() throws IOException {
        if (!process.isAlive()) {
            throw new IllegalStateException("The process exited with " + process.exitValue() + ":\n" + output());
        }
    }

    /** Waits until the process prints the text; fails with its output if it exits or takes too long. */
    public LedgerProcess awaitOutput(String text, Duration timeout) throws IOException {
        try {
            await().atMost(timeout).pollInterval(Duration.ofMillis(100)).failFast(this::requireAlive)
                    .until(() -> output().contains(text));
            return this;
        } catch (ConditionTimeoutException e) {
            throw new IllegalStateException("The process did not print \"" + text + "\" within " + timeout + ":\n" + output(), e);
        }
    }

    /** Waits for the process to end by itself and returns its exit code. */
    public int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("The service did not exit within " + timeout);
        }
        return process.exitValue();
    }

    /** SIGKILL: no shutdown hook, no flush, no close. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    public long pid() {
        return process.pid();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + httpPort;
    }

    public String output() throws IOException {
        return Files.readString(output);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }
}
