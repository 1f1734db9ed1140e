package aurum.app.internal.selfcheck;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * What the self-check found: each step that passed (with how long it took), the step that failed and why,
 * and the errors the session logged. Passed only when every step passed and nothing was logged as an error.
 * Thread-safe: the journey writes it from its own thread, the application and the watchdog read it.
 */
final class SelfCheckReport {

    private final List<String> lines = new ArrayList<>();
    private boolean failed;
    private boolean finished;

    synchronized void passed(String step, long millis) {
        lines.add("PASS " + step + " (" + millis + " ms)");
    }

    synchronized void failed(String step, String why) {
        failed = true;
        lines.add("FAIL " + step + ": " + why);
    }

    /** Every step ran to its end (passed or not); an unfinished journey fails the check. */
    synchronized void finished() {
        finished = true;
    }

    synchronized void loggedErrors(List<String> errors) {
        for (String error : errors) {
            failed = true;
            lines.add("ERROR logged: " + error);
        }
    }

    synchronized boolean passed() {
        return finished && !failed;
    }

    synchronized String text() {
        StringBuilder text = new StringBuilder();
        lines.forEach(line -> text.append(line).append('\n'));
        if (!finished) {
            text.append("FAIL the check did not reach its end\n");
        }
        text.append(passed() ? "RESULT PASS" : "RESULT FAIL").append('\n');
        return text.toString();
    }

    /** Writes the report to {@code file} (atomically, so a reader never sees half of it) and to standard output. */
    void write(Path file) throws IOException {
        String text = text();
        System.out.print(text);
        System.out.flush();
        if (file == null) {
            return;
        }
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temp = Files.createTempFile(parent, ".selfcheck", ".txt");
        Files.writeString(temp, text, StandardCharsets.UTF_8);
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
