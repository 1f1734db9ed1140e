package aurum.export.ui.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Where an export goes. The export writes only into a new or empty folder and never overwrites, so when
 * the folder the user chose holds files, the export goes into a new subfolder of it named after the
 * corpus and format ({@code news-conll}, {@code news-conll-2}, …) and the wizard says so as a warning.
 * A folder inside the corpus is refused: the corpus would then contain its own training data.
 *
 * @param target the folder the export will create or fill
 * @param message what the wizard shows, or {@code null} when all is well
 */
public record OutputFolder(Path target, Message message) {

    /**
     * Checks the folder the user typed.
     *
     * @param typed  the text of the output folder field
     * @param corpus the corpus folder
     * @param subfolderName the subfolder to use when {@code typed} holds files, e.g. {@code news-conll}
     */
    public static OutputFolder check(String typed, Path corpus, String subfolderName) {
        if (typed == null || typed.isBlank()) {
            return error("Output folder: enter the folder to export to, or choose one with Browse…");
        }
        Path folder;
        try {
            folder = Path.of(typed.strip());
        } catch (InvalidPathException e) {
            return error("Output folder: '" + typed + "' is not a valid path (" + e.getReason() + ")");
        }
        if (!folder.isAbsolute()) {
            return error("Output folder: '" + typed + "' is not a full path; start it at the root, e.g. "
                    + Path.of(System.getProperty("user.home"), "exports", subfolderName));
        }
        folder = folder.normalize();
        if (real(folder).startsWith(real(corpus))) {
            return error("Output folder: " + folder + " is inside the corpus " + corpus
                    + "; choose a folder outside the corpus so its training data is not mixed with its documents");
        }
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            return error("Output folder: " + folder + " is a file, not a folder");
        }
        if (!isEmptyOrMissing(folder)) {
            Path sub = freeSubfolder(folder, subfolderName);
            return new OutputFolder(sub, new Message(Message.Severity.WARNING, "Output folder: " + folder
                    + " is not empty; the export will go into the new folder " + sub.getFileName() + " inside it"));
        }
        return new OutputFolder(folder, null);
    }

    private static OutputFolder error(String text) {
        return new OutputFolder(null, new Message(Message.Severity.ERROR, text));
    }

    /** Whether the export may be written: true also with a warning. */
    public boolean usable() {
        return target != null;
    }

    private static Path freeSubfolder(Path folder, String name) {
        Path candidate = folder.resolve(name);
        for (int i = 2; !isEmptyOrMissing(candidate); i++) {
            candidate = folder.resolve(name + "-" + i);
        }
        return candidate;
    }

    private static boolean isEmptyOrMissing(Path folder) {
        if (!Files.exists(folder)) {
            return true;
        }
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    /** The path with symbolic links resolved as far as it exists, so a link into the corpus is caught. */
    private static Path real(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(absolute));
        } catch (IOException e) {
            return absolute;
        }
    }
}
