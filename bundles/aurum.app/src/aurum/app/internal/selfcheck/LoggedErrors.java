package aurum.app.internal.selfcheck;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The errors in an Eclipse log file ({@code .metadata/.log}): each top-level {@code !ENTRY} of severity ERROR,
 * as "bundle: first line of its message". Reading the file rather than listening catches what was logged
 * while the bundles started, before any application code ran (Declarative Services' circular references).
 */
final class LoggedErrors {

    private static final String ERROR_SEVERITY = "4";
    private static final int MAX_MESSAGE = 400;

    private LoggedErrors() {
    }

    static List<String> in(Path log) throws IOException {
        List<String> errors = new ArrayList<>();
        if (log == null || !Files.isRegularFile(log)) {
            return errors;
        }
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            // !ENTRY <bundle> <severity> <code> <date> <time>
            String[] entry = lines.get(i).split(" ");
            if (entry.length >= 3 && entry[0].equals("!ENTRY") && entry[2].equals(ERROR_SEVERITY)) {
                String message = i + 1 < lines.size() && lines.get(i + 1).startsWith("!MESSAGE ")
                        ? lines.get(i + 1).substring("!MESSAGE ".length())
                        : "(no message)";
                if (message.length() > MAX_MESSAGE) {
                    message = message.substring(0, MAX_MESSAGE) + "…";
                }
                errors.add(entry[1] + ": " + message);
            }
        }
        return errors;
    }
}
