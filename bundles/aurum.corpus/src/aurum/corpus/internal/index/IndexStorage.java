package aurum.corpus.internal.index;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.store.NIOFSDirectory;

/**
 * The Lucene directory and writer behind the index, and the version and folder times recorded with
 * each commit. An index that cannot be opened (corrupt, written by an incompatible Lucene) or that has
 * another {@link #VERSION} is wiped: it is derived data. When another process holds the on-disk index,
 * this one indexes into memory instead, which is correct but costs a full read of the corpus.
 */
final class IndexStorage {

    /** Bump when the fields of {@link IndexFields} or their meaning change; older indexes are rebuilt. */
    static final String VERSION = "4"; // 2: rejected spans no longer counted per label; 3: sort and match keys;
                                       // 4: text without norms (Lucene refuses to mix both in one field)
    private static final String VERSION_KEY = "aurum.index.version";
    private static final String FOLDERS_KEY = "aurum.index.folders";

    /**
     * Lucene suggests enabling the incubating vector API on first use; Aurum does not search vectors. Held
     * here: java.util.logging keeps loggers weakly, and a collected logger forgets its level (the warning
     * then reached the users of {@code aurum import}).
     */
    private static final Logger VECTORIZATION = Logger.getLogger("org.apache.lucene.internal.vectorization");

    static {
        VECTORIZATION.setLevel(Level.SEVERE);
    }

    private final Path dir;
    private final Analyzer analyzer;
    private Directory directory;
    private IndexWriter writer;
    /** The reader {@link #open} leaves for the first queries; see {@link #initialReader()}. */
    private DirectoryReader initialReader;
    private boolean inMemory;
    private boolean changed;

    IndexStorage(Path dir, Analyzer analyzer) {
        this.dir = dir;
        this.analyzer = analyzer;
    }

    /** Opens the index; returns the folder times of its last commit, or {@code null} if it must be filled. */
    SortedMap<String, Long> open() throws IOException {
        Files.createDirectories(dir);
        try {
            openWriter(new NIOFSDirectory(dir));
        } catch (LockObtainFailedException e) {
            inMemory = true;
            openWriter(new ByteBuffersDirectory());
        } catch (IOException | RuntimeException unreadable) {
            wipe();
            openWriter(new NIOFSDirectory(dir));
        }
        Map<String, String> data = new HashMap<>();
        Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
        if (live != null) {
            live.forEach(e -> data.put(e.getKey(), e.getValue()));
        }
        if (!VERSION.equals(data.get(VERSION_KEY))) {
            writer.deleteAll();
            changed = true;
            initialReader.close();
            initialReader = DirectoryReader.open(writer); // empty now: nothing to merge
            return null;
        }
        return decode(data.get(FOLDERS_KEY));
    }

    private void openWriter(Directory candidate) throws IOException {
        directory = candidate;
        try {
            writer = new IndexWriter(directory, new IndexWriterConfig(analyzer)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND).setCommitOnClose(false));
            // A reader opened now fails on damaged segment files the writer did not look at. It reads the
            // last commit, not the writer: a reader from the writer would start merging segments at every
            // open, work that closing without changes then throws away.
            initialReader = DirectoryReader.indexExists(directory) ? DirectoryReader.open(directory)
                    : DirectoryReader.open(writer);
        } catch (IOException | RuntimeException e) {
            if (writer != null) {
                writer.rollback();
                writer = null;
            }
            directory.close();
            throw e;
        }
    }

    private void wipe() throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path file : files) {
                Files.deleteIfExists(file);
            }
        }
    }

    IndexWriter writer() {
        return writer;
    }

    /**
     * The reader of the last commit (or of the empty index), opened by {@link #open}; the caller owns
     * it. Later readers come from the writer once something was written.
     */
    DirectoryReader initialReader() {
        DirectoryReader reader = initialReader;
        initialReader = null;
        return reader;
    }

    boolean inMemory() {
        return inMemory;
    }

    void markChanged() {
        changed = true;
    }

    /** Makes the changes durable together with the folder times they match. */
    void commit(SortedMap<String, Long> folders) throws IOException {
        Map<String, String> data = new HashMap<>();
        data.put(VERSION_KEY, VERSION);
        if (folders != null) {
            data.put(FOLDERS_KEY, encode(folders));
        }
        writer.setLiveCommitData(data.entrySet());
        writer.commit();
        changed = false;
    }

    /**
     * Commits what changed, including merges that finished since the last commit (so they are not
     * redone by the next session), and releases the index.
     */
    void close(SortedMap<String, Long> folders) throws IOException {
        try {
            if ((changed || writer.hasUncommittedChanges()) && !inMemory) {
                commit(folders);
            }
        } finally {
            if (initialReader != null) {
                initialReader.close();
            }
            writer.close();
            directory.close();
        }
    }

    private static String encode(SortedMap<String, Long> folders) {
        StringBuilder s = new StringBuilder();
        folders.forEach((name, time) -> s.append(name).append('=').append(time).append('\n'));
        return s.toString();
    }

    private static SortedMap<String, Long> decode(String encoded) {
        if (encoded == null) {
            return null;
        }
        SortedMap<String, Long> folders = new TreeMap<>();
        for (String line : encoded.split("\n")) {
            int eq = line.lastIndexOf('=');
            if (eq > 0) {
                folders.put(line.substring(0, eq), Long.parseLong(line.substring(eq + 1)));
            }
        }
        return folders;
    }
}
