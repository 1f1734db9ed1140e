package aurum.corpus.internal.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.stream.Stream;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Makes a bulk import all or nothing (docs/FORMAT.md, "Imports are all or nothing"). {@link #begin} takes the
 * corpus's import lock (a second import waits), records what the corpus holds (the document ids, the layer
 * folders, the length of the content-hash cache) and durably writes the marker {@code .aurum/import/running.json};
 * the import then writes as usual, calling {@link #preserve} before it replaces a file that existed before.
 * {@link #commit} deletes the marker: from then on the import stands. {@link #rollback} (or {@link #close}
 * without a commit) deletes every document the import added with its layers, restores the preserved files,
 * {@code clusters.json} and the content-hash cache, and deletes a corpus the import created, so the corpus's
 * files are byte for byte what they were. A marker left by a killed import is found by the next
 * {@link #begin}, which rolls that import back first, and by {@link #interrupted} (for {@code aurum validate}).
 */
public final class ImportTransaction implements AutoCloseable {

    private static final Map<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();
    static final String FOLDER = "import";
    static final String MARKER = "running.json";
    /** Where the marker of a running (or interrupted) import is, relative to the corpus folder. */
    public static final String MARKER_PATH = CorpusLayout.DERIVED + "/" + FOLDER + "/" + MARKER;

    private final Path root;
    private final CorpusLayout layout;
    private final Path state;
    private final ReentrantLock inProcess;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final Set<String> preserved = new HashSet<>();
    private boolean finished;

    /** What a rollback did, for the message that reports it. */
    public record Rollback(int documentsRemoved, int filesRestored, boolean corpusRemoved) {
        @Override
        public String toString() {
            return corpusRemoved ? "the new corpus was removed"
                    : documentsRemoved + " added documents removed, " + filesRestored + " files restored";
        }
    }

    private ImportTransaction(Path root, ReentrantLock inProcess, FileChannel lockChannel, FileLock lock) {
        this.root = root;
        this.layout = new CorpusLayout(root);
        this.state = root.resolve(CorpusLayout.DERIVED).resolve(FOLDER);
        this.inProcess = inProcess;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /**
     * Starts an import into {@code folder} (a corpus, or an empty or missing folder the import will create one in).
     *
     * @param command what runs, for the marker (e.g. {@code aurum import in/ --corpus c})
     * @param notices told when the import waits for another one, and when it rolled back an interrupted one
     */
    public static ImportTransaction begin(Path folder, String command, Consumer<String> notices) throws IOException {
        boolean folderExisted = Files.isDirectory(folder);
        Path derived = folder.resolve(CorpusLayout.DERIVED);
        boolean derivedExisted = Files.isDirectory(derived);
        if (!derivedExisted) {
            // a folder with .aurum/ may be a corpus another import is creating right now: decided under the lock
            requireCorpusOrEmpty(folder);
        }
        Files.createDirectories(derived);
        Path root = folder.toRealPath();
        ReentrantLock inProcess = IN_PROCESS.computeIfAbsent(root, p -> new ReentrantLock());
        if (!inProcess.tryLock()) {
            notices.accept("waiting for another import into " + root + " to finish");
            inProcess.lock();
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(root.resolve(CorpusLayout.DERIVED).resolve("import.lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock held = tryLock(channel);
            if (held == null) {
                notices.accept("waiting for another process's import into " + root + " to finish");
                held = channel.lock();
            }
            ImportTransaction tx = new ImportTransaction(root, inProcess, channel, held);
            tx.recoverInterrupted(notices);
            // decided under the lock: the import we waited for may have created the corpus meanwhile
            requireCorpusOrEmpty(root);
            boolean createsCorpus = !Files.isRegularFile(root.resolve(CorpusLayout.CORPUS_FILE));
            tx.start(command, createsCorpus, folderExisted, derivedExisted);
            return tx;
        } catch (IOException | RuntimeException | Error e) {
            if (channel != null) {
                channel.close();
            }
            inProcess.unlock();
            throw e;
        }
    }

    /**
     * A corpus is created only in an empty folder (or one holding only {@code .aurum/}): a rollback deletes what
     * the import created, and must never delete a user's files.
     */
    private static void requireCorpusOrEmpty(Path folder) throws IOException {
        if (Files.isDirectory(folder) && !Files.isRegularFile(folder.resolve(CorpusLayout.CORPUS_FILE))
                && !onlyDerived(folder)) {
            throw new aurum.corpus.store.CorpusStoreException("Cannot create a corpus in " + folder + ": the folder is"
                    + " not empty and holds no corpus.json. Choose an empty or new folder, or the corpus folder itself.");
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    /** Whether {@code root} holds nothing but {@code .aurum/}. */
    private static boolean onlyDerived(Path root) throws IOException {
        try (Stream<Path> entries = Files.list(root)) {
            return entries.allMatch(p -> p.getFileName().toString().equals(CorpusLayout.DERIVED));
        }
    }

    /**
     * Describes the import that was interrupted in {@code folder} (killed, or the machine stopped), if one was:
     * its documents may lack their layers until the next import rolls it back.
     */
    public static Optional<String> interrupted(Path folder) {
        Path marker = folder.resolve(CorpusLayout.DERIVED).resolve(FOLDER).resolve(MARKER);
        if (!Files.isRegularFile(marker)) {
            return Optional.empty();
        }
        String what = "an import";
        try {
            JsonObject o = JsonParser.parseString(Files.readString(marker)).getAsJsonObject();
            what = "the import '" + o.get("command").getAsString() + "' started " + o.get("started").getAsString()
                    + " (process " + o.get("pid").getAsLong() + ")";
        } catch (IOException | RuntimeException e) {
            // an unreadable marker still says that an import was interrupted
        }
        return Optional.of(what + " was interrupted: documents it added may lack their spans. Run 'aurum import'"
                + " again: it first rolls the interrupted import back");
    }

    private void start(String command, boolean createsCorpus, boolean folderExisted, boolean derivedExisted)
            throws IOException {
        Files.createDirectories(state);
        List<String> ids = documentIds();
        Files.write(state.resolve("before-ids.txt"), ids, StandardCharsets.UTF_8);
        List<String> folders = layerFolders();
        Files.write(state.resolve("before-folders.txt"), folders, StandardCharsets.UTF_8);
        Path hashes = layout.hashIndexFile();
        JsonObject marker = new JsonObject();
        marker.addProperty("formatVersion", 1);
        marker.addProperty("command", command);
        marker.addProperty("started", Instant.now().toString());
        marker.addProperty("pid", ProcessHandle.current().pid());
        marker.addProperty("createsCorpus", createsCorpus);
        marker.addProperty("folderExisted", folderExisted);
        marker.addProperty("derivedExisted", derivedExisted);
        marker.addProperty("hashIndexBytes", Files.exists(hashes) ? Files.size(hashes) : -1);
        preserve(layout.clustersFile());
        force(state.resolve("before-ids.txt"));
        force(state.resolve("before-folders.txt"));
        AtomicFiles.write(state.resolve(MARKER), marker.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Keeps the current content of {@code file} (or that it does not exist) before the import replaces or creates
     * it, so that a rollback restores it. Once per file; durable when it returns.
     */
    public void preserve(Path file) throws IOException {
        Path relative = root.relativize(file.toAbsolutePath().normalize());
        String key = relative.toString();
        if (!preserved.add(key)) {
            return;
        }
        Path undo = state.resolve("undo");
        if (Files.exists(file)) {
            Path copy = undo.resolve("files").resolve(relative);
            AtomicFiles.write(copy, Files.readAllBytes(file));
        } else {
            Path absent = undo.resolve("absent.txt");
            Files.createDirectories(undo);
            try (FileChannel c = FileChannel.open(absent, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
                c.write(StandardCharsets.UTF_8.encode(key + "\n"));
                c.force(true);
            }
        }
    }

    /** The import stands: deletes the marker (the commit point), then the rollback data, and releases the lock. */
    public void commit() throws IOException {
        try {
            Files.deleteIfExists(state.resolve(MARKER));
            AtomicFiles.forceDirectory(state);
            deleteTree(state);
        } finally {
            release();
        }
    }

    /** Undoes everything the import wrote, then releases the lock. */
    public Rollback rollback() throws IOException {
        try {
            return undo();
        } finally {
            release();
        }
    }

    /** Rolls back unless {@link #commit} or {@link #rollback} ran. */
    @Override
    public void close() throws IOException {
        if (!finished) {
            rollback();
        }
    }

    /** What a killed process leaves: the marker and rollback data stay, only the locks go (for tests). */
    void abandon() throws IOException {
        release();
    }

    private void recoverInterrupted(Consumer<String> notices) throws IOException {
        Optional<String> interrupted = interrupted(root);
        if (interrupted.isPresent()) {
            Rollback undone = undo();
            notices.accept(interrupted.get().replaceFirst(": documents it added.*", "") + "; rolled it back: " + undone);
        } else if (Files.isDirectory(state)) {
            deleteTree(state); // rollback data of an import that committed just before its process died
        }
    }

    private Rollback undo() throws IOException {
        Path markerFile = state.resolve(MARKER);
        if (!Files.isRegularFile(markerFile)) {
            return new Rollback(0, 0, false);
        }
        JsonObject marker = JsonParser.parseString(Files.readString(markerFile)).getAsJsonObject();
        if (marker.get("createsCorpus").getAsBoolean()) {
            deleteCorpus(marker.get("folderExisted").getAsBoolean(), marker.get("derivedExisted").getAsBoolean());
            return new Rollback(0, 0, true);
        }
        Set<String> before = new HashSet<>(Files.readAllLines(state.resolve("before-ids.txt")));
        int removed = removeDocumentsNotIn(before);
        int restored = restorePreserved();
        removeFoldersNotIn(new HashSet<>(Files.readAllLines(state.resolve("before-folders.txt"))));
        long hashBytes = marker.get("hashIndexBytes").getAsLong();
        Path hashes = layout.hashIndexFile();
        if (hashBytes < 0) {
            Files.deleteIfExists(hashes);
        } else if (Files.exists(hashes)) {
            try (FileChannel c = FileChannel.open(hashes, StandardOpenOption.WRITE)) {
                c.truncate(hashBytes);
                c.force(true);
            }
        }
        Files.deleteIfExists(markerFile);
        AtomicFiles.forceDirectory(state);
        deleteTree(state);
        return new Rollback(removed, restored, false);
    }

    /** Deletes the documents (meta file first: the document stops existing) and layers of ids not in {@code before}. */
    private int removeDocumentsNotIn(Set<String> before) throws IOException {
        Set<String> added = new LinkedHashSet<>();
        for (Path p : list(layout.documentsDir())) {
            String name = p.getFileName().toString();
            String id = name.endsWith(CorpusLayout.META_SUFFIX)
                    ? name.substring(0, name.length() - CorpusLayout.META_SUFFIX.length())
                    : name.endsWith(CorpusLayout.TEXT_SUFFIX)
                            ? name.substring(0, name.length() - CorpusLayout.TEXT_SUFFIX.length()) : null;
            if (id != null && !name.startsWith(".") && !before.contains(id)) {
                added.add(id);
            }
        }
        for (String id : added) {
            Files.deleteIfExists(layout.meta(id));
            Files.deleteIfExists(layout.text(id));
        }
        AtomicFiles.forceDirectory(layout.documentsDir());
        for (Path folder : layerFolderPaths()) {
            for (String id : added) {
                Files.deleteIfExists(folder.resolve(id + ".json"));
                Files.deleteIfExists(folder.resolve(id + CorpusLayout.JOURNAL_SUFFIX));
            }
        }
        return added.size();
    }

    private int restorePreserved() throws IOException {
        int restored = 0;
        Path files = state.resolve("undo").resolve("files");
        if (Files.isDirectory(files)) {
            List<Path> copies;
            try (Stream<Path> walk = Files.walk(files)) {
                copies = walk.filter(Files::isRegularFile).toList();
            }
            for (Path copy : copies) {
                AtomicFiles.write(root.resolve(files.relativize(copy).toString()), Files.readAllBytes(copy));
                restored++;
            }
        }
        Path absent = state.resolve("undo").resolve("absent.txt");
        if (Files.isRegularFile(absent)) {
            for (String relative : Files.readAllLines(absent)) {
                if (!relative.isBlank() && Files.deleteIfExists(root.resolve(relative))) {
                    restored++;
                }
            }
        }
        return restored;
    }

    private void deleteCorpus(boolean folderExisted, boolean derivedExisted) throws IOException {
        // everything but .aurum/ first, so that an interrupted rollback is found again by its marker
        for (Path p : list(root)) {
            if (!p.getFileName().toString().equals(CorpusLayout.DERIVED)) {
                deleteTree(p);
            }
        }
        Path derived = root.resolve(CorpusLayout.DERIVED);
        for (Path p : list(derived)) {
            if (!p.getFileName().toString().equals("import.lock") && !p.equals(state)) {
                deleteTree(p);
            }
        }
        Files.deleteIfExists(state.resolve(MARKER));
        deleteTree(state);
        if (!folderExisted || !derivedExisted) {
            // the lock file goes too: an import waiting for it holds it open and fails cleanly
            deleteTree(folderExisted ? derived : root);
        }
    }

    private List<String> documentIds() throws IOException {
        List<String> ids = new ArrayList<>();
        for (Path p : list(layout.documentsDir())) {
            String name = p.getFileName().toString();
            if (!name.startsWith(".") && name.endsWith(CorpusLayout.META_SUFFIX)) {
                ids.add(name.substring(0, name.length() - CorpusLayout.META_SUFFIX.length()));
            } else if (!name.startsWith(".") && name.endsWith(CorpusLayout.TEXT_SUFFIX)) {
                ids.add(name.substring(0, name.length() - CorpusLayout.TEXT_SUFFIX.length()));
            }
        }
        return ids;
    }

    /** The layer folders as paths relative to the corpus: {@code layers/gold}, {@code layers/annotators/alice}. */
    private List<String> layerFolders() throws IOException {
        List<String> folders = new ArrayList<>();
        for (Path p : layerFolderPaths()) {
            folders.add(root.relativize(p).toString());
        }
        for (Path p : List.of(layout.goldDir().getParent(), layout.annotatorsDir(), layout.goldDir())) {
            if (Files.isDirectory(p)) {
                folders.add(root.relativize(p).toString());
            }
        }
        return folders;
    }

    private List<Path> layerFolderPaths() throws IOException {
        List<Path> folders = new ArrayList<>();
        if (Files.isDirectory(layout.goldDir())) {
            folders.add(layout.goldDir());
        }
        for (Path p : list(layout.annotatorsDir())) {
            if (Files.isDirectory(p)) {
                folders.add(p);
            }
        }
        return folders;
    }

    /** Deletes the layer folders the import created, when empty. */
    private void removeFoldersNotIn(Set<String> before) throws IOException {
        List<Path> now = new ArrayList<>(layerFolderPaths());
        now.sort(Comparator.comparingInt(Path::getNameCount).reversed());
        for (Path p : now) {
            if (!before.contains(root.relativize(p).toString()) && list(p).isEmpty()) {
                Files.deleteIfExists(p);
            }
        }
        for (Path p : List.of(layout.annotatorsDir(), layout.goldDir())) {
            if (Files.isDirectory(p) && !before.contains(root.relativize(p).toString()) && list(p).isEmpty()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private void release() throws IOException {
        finished = true;
        try {
            lock.release();
            lockChannel.close();
        } finally {
            inProcess.unlock();
        }
    }

    private static List<Path> list(Path dir) throws IOException {
        List<Path> result = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            entries.forEach(result::add);
        } catch (NoSuchFileException e) {
            return result;
        }
        return result;
    }

    private static void force(Path file) throws IOException {
        try (FileChannel c = FileChannel.open(file, StandardOpenOption.WRITE)) {
            c.force(true);
        }
    }

    static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(p)) {
            for (Path q : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(q);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
