package aurum.corpus.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What importing a folder would take in, found without importing: files per format, and what would be
 * skipped (hidden files and folders, binary files, files of no format Aurum reads). The workbench shows it
 * before it turns a folder that is not a corpus into one (File › Open Corpus… on, say, the home folder),
 * so nothing is imported that the user did not see. Symbolic links are not followed.
 *
 * @param folder the folder surveyed
 * @param formats format name ({@code text}, {@code brat}, {@code jsonl}, {@code conll}, {@code zip}) → files
 * @param bytes the size of the files that would be imported
 * @param hiddenFolders hidden folders skipped (name starting with a dot), with everything in them
 * @param hiddenFiles hidden files skipped
 * @param binaryFiles {@code .txt} files skipped because they hold NUL bytes (not text)
 * @param otherFiles extension (lower case, {@code (none)} without one) → files of no format Aurum imports
 * @param examples a few skipped paths relative to the folder, for the user to recognise
 * @param complete false when the survey stopped early ({@link #MAX_FILES} files, or cancelled); counts are then lower bounds
 */
public record FolderSurvey(Path folder, Map<String, Integer> formats, long bytes, int hiddenFolders, int hiddenFiles,
        int binaryFiles, Map<String, Integer> otherFiles, List<String> examples, boolean complete) {

    /** How many files a survey looks at before it stops counting. */
    public static final int MAX_FILES = 1_000_000;
    private static final int EXAMPLES = 5;
    private static final int SNIFF_BYTES = 4096;

    /** Copies the collections. */
    public FolderSurvey {
        formats = Collections.unmodifiableMap(new TreeMap<>(formats));
        otherFiles = Collections.unmodifiableMap(new TreeMap<>(otherFiles));
        examples = List.copyOf(examples);
    }

    /**
     * Surveys {@code folder}.
     *
     * @param cancelled asked between files; the survey stops (incomplete) when it says yes
     * @throws IOException if the folder itself cannot be read
     */
    public static FolderSurvey of(Path folder, java.util.function.BooleanSupplier cancelled) throws IOException {
        Counter counter = new Counter(folder, cancelled);
        Files.walkFileTree(folder, counter);
        return counter.result();
    }

    /** How many files would be imported. */
    public int importable() {
        return formats.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Files of other formats, all extensions together. */
    public int other() {
        return otherFiles.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Whether a name is hidden: starts with a dot (as on Unix and in Aurum's own folders). */
    public static boolean isHidden(Path name) {
        return name != null && name.getFileName() != null && name.getFileName().toString().startsWith(".");
    }

    /**
     * The regular files under {@code folder} that {@code wanted} accepts, as a folder import takes them: hidden
     * files and folders left out (their subtrees are not entered), unreadable entries skipped, symbolic links not
     * followed; sorted by their path relative to {@code folder} with {@code /} separators, so the order is the
     * same on every system.
     *
     * @throws IOException if {@code folder} itself cannot be read
     */
    public static List<Path> files(Path folder, java.util.function.Predicate<Path> wanted) throws IOException {
        List<Path> found = new ArrayList<>();
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return !dir.equals(folder) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile() && !isHidden(file) && wanted.test(file)) {
                    found.add(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (file.equals(folder)) {
                    throw e;
                }
                return FileVisitResult.CONTINUE; // an unreadable folder inside is skipped, as the survey skips it
            }
        });
        found.sort(java.util.Comparator.comparing(p -> folder.relativize(p).toString().replace('\\', '/')));
        return found;
    }

    /**
     * Whether {@code path}, under {@code root}, is hidden or lies in a hidden folder below {@code root}: folder
     * imports skip it, as the survey does ({@code .git}, {@code .cache}, editor backups).
     */
    public static boolean hiddenWithin(Path root, Path path) {
        for (Path segment : root.relativize(path)) {
            if (segment.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The format Aurum imports a file in a folder as, by its name ({@code text}, {@code brat}, {@code jsonl},
     * {@code conll}, {@code zip}), or null for none.
     */
    public static String formatOf(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".txt")) {
            return "text";
        }
        if (lower.endsWith(".ann")) {
            return "brat";
        }
        if (lower.endsWith(".jsonl")) {
            return "jsonl";
        }
        if (lower.endsWith(".conll") || lower.endsWith(".conll03") || lower.endsWith(".iob") || lower.endsWith(".bio")) {
            return "conll";
        }
        return lower.endsWith(".zip") ? "zip" : null;
    }

    private static final class Counter extends SimpleFileVisitor<Path> {
        private final Path root;
        private final java.util.function.BooleanSupplier cancelled;
        private final Map<String, Integer> formats = new TreeMap<>();
        private final Map<String, Integer> other = new TreeMap<>();
        private final List<String> examples = new ArrayList<>();
        private long bytes;
        private int hiddenFolders;
        private int hiddenFiles;
        private int binary;
        private int seen;
        private boolean complete = true;

        Counter(Path root, java.util.function.BooleanSupplier cancelled) {
            this.root = root;
            this.cancelled = cancelled;
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            if (!dir.equals(root) && isHidden(dir)) {
                hiddenFolders++;
                example(dir);
                return FileVisitResult.SKIP_SUBTREE;
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (++seen > MAX_FILES || cancelled.getAsBoolean()) {
                complete = false;
                return FileVisitResult.TERMINATE;
            }
            if (!attrs.isRegularFile()) {
                return FileVisitResult.CONTINUE;
            }
            if (isHidden(file)) {
                hiddenFiles++;
                example(file);
                return FileVisitResult.CONTINUE;
            }
            String format = formatOf(file.getFileName().toString());
            if (format == null) {
                String name = file.getFileName().toString();
                int dot = name.lastIndexOf('.');
                other.merge(dot <= 0 ? "(none)" : name.substring(dot).toLowerCase(Locale.ROOT), 1, Integer::sum);
            } else if (format.equals("text") && isBinary(file)) {
                binary++;
                example(file);
            } else {
                formats.merge(format, 1, Integer::sum);
                bytes += attrs.size();
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
            return FileVisitResult.CONTINUE; // unreadable entries are not imported either
        }

        private void example(Path path) {
            if (examples.size() < EXAMPLES) {
                examples.add(root.relativize(path).toString());
            }
        }

        FolderSurvey result() {
            return new FolderSurvey(root, formats, bytes, hiddenFolders, hiddenFiles, binary, other, examples, complete);
        }
    }

    /** Whether the start of a file holds a NUL byte, which no text file does. */
    static boolean isBinary(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(SNIFF_BYTES);
            for (byte b : head) {
                if (b == 0) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            return true;
        }
    }
}
