package aurum.app.internal.cli;

import java.io.Console;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Where the team-server commands get passwords from, never from the command line itself (it shows in
 * {@code ps} and shell history): a file named with {@code --password-file} (first line), the environment
 * variable {@code AURUM_SERVER_PASSWORD}, or a prompt on the terminal.
 */
final class ServerPasswords {

    static final String ENVIRONMENT = "AURUM_SERVER_PASSWORD";

    private ServerPasswords() {
    }

    /** The login password of {@code user}. */
    static char[] login(Path file, String user) throws UsageException {
        if (file != null) {
            return firstLine(file);
        }
        String fromEnvironment = System.getenv(ENVIRONMENT);
        if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
            return fromEnvironment.toCharArray();
        }
        Console console = System.console();
        if (console == null) {
            throw new UsageException("no password for '" + user + "': set " + ENVIRONMENT + ", give --password-file FILE,"
                    + " or run the command in a terminal to be asked");
        }
        return console.readPassword("Password of %s: ", user);
    }

    /** A new password for {@code person}: from {@code file}, or asked twice on the terminal. */
    static char[] newPassword(Path file, String person) throws UsageException {
        if (file != null) {
            return firstLine(file);
        }
        Console console = System.console();
        if (console == null) {
            throw new UsageException("no password for the new person '" + person + "': give --new-password-file FILE"
                    + " or run the command in a terminal to be asked");
        }
        char[] first = console.readPassword("New password of %s: ", person);
        char[] second = console.readPassword("Again: ");
        if (!Arrays.equals(first, second)) {
            throw new UsageException("the two passwords differ; nothing was changed");
        }
        return first;
    }

    private static char[] firstLine(Path file) throws UsageException {
        try {
            String content = Files.readString(file, StandardCharsets.UTF_8);
            int newline = content.indexOf('\n');
            String line = (newline < 0 ? content : content.substring(0, newline)).replace("\r", "");
            if (line.isEmpty()) {
                throw new UsageException("the password file " + file + " is empty");
            }
            return line.toCharArray();
        } catch (IOException e) {
            throw new UsageException("cannot read the password file " + file + ": " + e.getMessage());
        }
    }
}
