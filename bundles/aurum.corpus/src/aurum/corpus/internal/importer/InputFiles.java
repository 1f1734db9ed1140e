package aurum.corpus.internal.importer;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import aurum.corpus.importer.FolderSurvey;
import aurum.corpus.importer.ImportException;
import aurum.corpus.importer.ImportSink;
import aurum.corpus.importer.ImportWarning;

/**
 * The files of an input folder as an attacker may send them: only regular files are read (a FIFO named
 * {@code x.txt} would block the import forever, a device or socket is no document); a symbolic link is followed
 * only when its target stays inside the folder, so a link to {@code /etc/passwd} is not imported. Everything
 * left out is reported to the sink as one warning per file.
 */
public final class InputFiles {

    /** Documents larger than this are refused: 64 MiB of text is far beyond any article or report. */
    public static final long MAX_DOCUMENT_BYTES = 64L << 20;

    private InputFiles() {
    }

    /**
     * The regular files under {@code folder} that {@code wanted} accepts, sorted by their relative path. Hidden
     * files and folders (a name starting with a dot: {@code .git}, {@code .cache}) are left out, and hidden folders
     * are not entered, as {@link FolderSurvey} counts them before a folder is imported; one warning to
     * {@code sink} counts what was left out that way (a hidden file is imported when named on its own).
     */
    public static List<Path> list(Path folder, Predicate<Path> wanted, ImportSink sink) throws ImportException {
        Path root;
        try {
            root = folder.toRealPath();
        } catch (IOException e) {
            throw ImportException.atLine(folder.toString(), 0, 0, "the folder cannot be read", "Check the path and"
                    + " that it is readable", e);
        }
        List<Path> files = new ArrayList<>();
        long[] hidden = new long[2]; // files the importer would read, folders not entered
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (!dir.equals(folder) && FolderSurvey.isHidden(dir)) {
                        hidden[1]++;
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path p, BasicFileAttributes attrs) throws IOException {
                    if (!wanted.test(p)) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (FolderSurvey.isHidden(p)) {
                        hidden[0]++;
                        return FileVisitResult.CONTINUE;
                    }
                    String problem = problem(p, root);
                    if (problem == null) {
                        files.add(p);
                    } else if (problem.length() > 0) {
                        sink.warning(new ImportWarning(p.toString(), 0, problem));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path p, IOException e) throws IOException {
                    if (!p.equals(folder) && FolderSurvey.isHidden(p)) {
                        return FileVisitResult.CONTINUE; // hidden: never imported, so never needed to be readable
                    }
                    throw e;
                }
            });
        } catch (IOException | java.io.UncheckedIOException e) {
            throw ImportException.atLine(folder.toString(), 0, 0, "the folder cannot be listed",
                    "Check that it and its subfolders are readable and import again", e);
        }
        if (hidden[0] + hidden[1] > 0) {
            sink.warning(ImportWarning.skipped(folder.toString(), 0, "hidden", hidden[0] + hidden[1], hidden[0]
                    + " hidden files and " + hidden[1] + " hidden folders (names starting with '.') were not imported;"
                    + " name a hidden file on its own to import it"));
        }
        files.sort((a, b) -> folder.relativize(a).toString().replace('\\', '/')
                .compareTo(folder.relativize(b).toString().replace('\\', '/')));
        return files;
    }

    /**
     * Checks a file named on the command line: it must be (or link to) a regular file.
     *
     * @throws ImportException naming the file and what it is instead
     */
    public static void requireRegularFile(Path file) throws ImportException {
        requireRegularFile(file, MAX_DOCUMENT_BYTES);
    }

    /** {@link #requireRegularFile(Path)} for a file of many documents, which may hold up to {@code maxBytes}. */
    public static void requireRegularFile(Path file, long maxBytes) throws ImportException {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            if (!a.isRegularFile()) {
                throw ImportException.atLine(file.toString(), 0, 0, "not a regular file but " + kind(a)
                        + ", so it is not read", "Import a regular file");
            }
            if (a.size() > maxBytes) {
                throw tooLarge(file.toString(), a.size());
            }
        } catch (IOException e) {
            throw ImportException.atLine(file.toString(), 0, 0, "the file cannot be read", "Check the path and that"
                    + " the file is readable", e);
        }
    }

    static ImportException tooLarge(String name, long bytes) {
        return ImportException.atLine(name, 0, 0, "the document is " + (bytes >> 20) + " MiB; documents are limited to "
                + (MAX_DOCUMENT_BYTES >> 20) + " MiB", "Split it into smaller documents");
    }

    /** Why {@code p} is left out ({@code ""}: silently, a folder), or {@code null} when it is read. */
    private static String problem(Path p, Path root) throws IOException {
        BasicFileAttributes own = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (own.isDirectory()) {
            return "";
        }
        if (own.isSymbolicLink()) {
            Path target;
            try {
                target = p.toRealPath();
            } catch (IOException e) {
                return "a symbolic link whose target does not exist; skipped";
            }
            if (!target.startsWith(root)) {
                return "a symbolic link to " + target + ", outside the imported folder; not followed";
            }
            BasicFileAttributes t = Files.readAttributes(target, BasicFileAttributes.class);
            return t.isRegularFile() ? sizeProblem(t) : "a symbolic link to " + kind(t) + "; skipped";
        }
        return own.isRegularFile() ? sizeProblem(own) : "not a regular file but " + kind(own) + "; skipped";
    }

    private static String sizeProblem(BasicFileAttributes a) {
        return a.size() > MAX_DOCUMENT_BYTES ? "the document is " + (a.size() >> 20) + " MiB; documents are limited"
                + " to " + (MAX_DOCUMENT_BYTES >> 20) + " MiB; skipped (split it into smaller documents)" : null;
    }

    private static String kind(BasicFileAttributes a) {
        return a.isDirectory() ? "a folder" : a.isOther() ? "a pipe, device or socket" : "a special file";
    }
}
