package aurum.corpus.internal.index;

import aurum.corpus.index.CorpusIndex;
import aurum.corpus.index.DocumentListing;
import aurum.corpus.index.DocumentOrder;
import aurum.corpus.index.DocumentQuery;
import aurum.corpus.index.IndexProgress;
import aurum.corpus.index.IndexedDocument;
import aurum.corpus.internal.store.CorpusLayout;
import aurum.corpus.store.CorpusStore;
import aurum.corpus.store.CorpusStoreException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;

/**
 * The {@link CorpusIndex} on Apache Lucene in {@code .aurum/index/}. Freshness works in two levels
 * (docs/FORMAT.md, "The index"): each query compares the modification times of the corpus's few
 * folders with those recorded for the indexed state; only when they differ are file stamps compared
 * (of the changed layer folders only, or of all files when {@code documents/} or the set of annotators
 * changed), and only documents whose stamps changed are read again. The store reports its own
 * writes through {@link #documentChanged}, so saving one layer costs one document update, not a scan.
 */
public final class LuceneCorpusIndex implements CorpusIndex, AutoCloseable {

    /** Below this many changed documents a refresh indexes on the calling thread alone. */
    private static final int PARALLEL_FROM = 64;
    private static final int MAX_INDEXING_THREADS = 4;
    /** Documents read ahead per indexing thread: enough to keep it busy, few enough to bound memory. */
    private static final int IN_FLIGHT_PER_THREAD = 4;

    private final Path root;
    private final FolderStamps stamps;
    private final EntryReader entries;
    private final TextSearch textSearch = new TextSearch();
    private final QueryTranslator queries = new QueryTranslator(textSearch);
    private final IndexStorage storage;
    /** Folder times matching what is indexed; {@code null} when unknown, which forces a scan. */
    private SortedMap<String, Long> knownFolders;
    private DirectoryReader reader;
    private boolean readerStale;
    /** Moves on with every document entry written or deleted; see {@link #generation()}. */
    private long generation;

    private LuceneCorpusIndex(CorpusStore store, CorpusLayout layout) {
        this.root = layout.root();
        this.stamps = new FolderStamps(layout);
        this.entries = new EntryReader(store);
        this.storage = new IndexStorage(layout.indexDir(), textSearch.analyzer());
    }

    /**
     * Opens the index of {@code store}, creating or wiping it when it is missing, corrupt or of another
     * version. Does not scan yet: the first query or {@link #refresh} does.
     */
    public static LuceneCorpusIndex open(CorpusStore store, CorpusLayout layout) throws CorpusStoreException {
        LuceneCorpusIndex index = new LuceneCorpusIndex(store, layout);
        try {
            index.knownFolders = index.storage.open();
            index.reader = index.storage.initialReader();
        } catch (IOException e) {
            throw failure("open the index of", layout.root(), e);
        }
        return index;
    }

    /** Whether another process holds the on-disk index, so this one keeps its own in memory. */
    public synchronized boolean inMemory() {
        return storage.inMemory();
    }

    @Override
    public synchronized List<IndexedDocument> find(DocumentQuery query) throws CorpusStoreException {
        ensureFresh(IndexProgress.NONE);
        try {
            return DocValuesListing.find(new IndexSearcher(reader), queries.translate(query));
        } catch (IOException e) {
            throw failure("search the index of", root, e);
        }
    }

    @Override
    public synchronized int count(DocumentQuery query) throws CorpusStoreException {
        ensureFresh(IndexProgress.NONE);
        try {
            return new IndexSearcher(reader).count(queries.translate(query));
        } catch (IOException e) {
            throw failure("search the index of", root, e);
        }
    }

    @Override
    public synchronized DocumentListing list(DocumentQuery query, DocumentOrder order) throws CorpusStoreException {
        ensureFresh(IndexProgress.NONE);
        try {
            return SortedListing.create(reader, queries.translate(query), order, generation, root);
        } catch (IOException e) {
            throw failure("search the index of", root, e);
        }
    }

    @Override
    public synchronized long generation() throws CorpusStoreException {
        ensureFresh(IndexProgress.NONE);
        return generation;
    }

    @Override
    public synchronized void refresh(IndexProgress progress) throws CorpusStoreException {
        ensureFresh(progress);
    }

    @Override
    public synchronized void rebuild(IndexProgress progress) throws CorpusStoreException {
        try {
            storage.writer().deleteAll();
            generation++;
            knownFolders = null;
            readerStale = true;
        } catch (IOException e) {
            throw failure("rebuild the index of", root, e);
        }
        ensureFresh(progress);
    }

    /**
     * Reads document {@code id} again after the store replaced {@code file}; called by the store while
     * it holds the corpus write lock. The recorded folder times are moved on only if no other folder
     * changed meanwhile and, when {@code folderBefore} (the file's folder's time just before the store wrote)
     * is given, nobody else changed that folder either since the index last looked: so changes made behind
     * the store's back, also in the same folder by another store in this process, are found by the next scan.
     */
    public synchronized void documentChanged(String id, Path file, Long folderBefore) throws CorpusStoreException {
        try {
            SortedMap<String, Long> now = stamps.folderTimes();
            DocumentFiles files = stamps.scan(id);
            if (files == null) {
                storage.writer().deleteDocuments(new Term(IndexFields.ID, id));
                storage.markChanged();
                readerStale = true;
                generation++;
            } else {
                update(files);
            }
            String touched = stamps.folderName(file);
            if (knownFolders != null && onlyChangedIn(now, touched)
                    && (folderBefore == null || folderBefore.equals(knownFolders.getOrDefault(touched, -1L)))) {
                knownFolders = now;
            }
        } catch (IOException e) {
            throw failure("update the index of", root, e);
        }
    }

    private boolean onlyChangedIn(SortedMap<String, Long> now, String touched) {
        String parent = touched.contains("/") ? touched.substring(0, touched.lastIndexOf('/')) : touched;
        boolean newFolder = !knownFolders.containsKey(touched);
        for (String folder : now.keySet()) {
            boolean mayDiffer = folder.equals(touched) || (newFolder && folder.equals(parent));
            if (!mayDiffer && !now.get(folder).equals(knownFolders.get(folder))) {
                return false;
            }
        }
        return knownFolders.keySet().stream().allMatch(now::containsKey);
    }

    private void ensureFresh(IndexProgress progress) throws CorpusStoreException {
        try {
            SortedMap<String, Long> now = stamps.folderTimes();
            if (!now.equals(knownFolders)) {
                synchronize(now, progress);
            }
            if (readerStale) {
                DirectoryReader newer = DirectoryReader.openIfChanged(reader, storage.writer());
                if (newer != null) {
                    reader.close();
                    reader = newer;
                }
                readerStale = false;
            }
        } catch (IOException e) {
            throw failure("bring up to date the index of", root, e);
        }
    }

    /** Compares every document's file stamps with the indexed ones and reads the changed documents. */
    private void synchronize(SortedMap<String, Long> folderTimes, IndexProgress progress) throws IOException {
        Map<String, String> indexed = indexedStamps();
        Map<String, DocumentFiles> onDisk = knownFolders == null ? null
                : stamps.rescan(indexed, changedFolders(knownFolders, folderTimes));
        if (onDisk == null) {
            onDisk = stamps.scanAll();
        }
        IndexWriter writer = storage.writer();
        for (String id : indexed.keySet()) {
            if (!onDisk.containsKey(id)) {
                writer.deleteDocuments(new Term(IndexFields.ID, id));
                generation++;
            }
        }
        List<DocumentFiles> changed = onDisk.values().stream()
                .filter(f -> !f.stamp().equals(indexed.get(f.id()))).sorted((a, b) -> a.id().compareTo(b.id()))
                .toList();
        updateAll(changed, progress);
        knownFolders = folderTimes;
        storage.commit(knownFolders);
        readerStale = true;
    }

    /** Folders whose time differs, or that exist in only one of {@code before} and {@code now}. */
    private static Set<String> changedFolders(Map<String, Long> before, Map<String, Long> now) {
        Set<String> changed = new HashSet<>();
        now.forEach((folder, time) -> {
            if (!time.equals(before.get(folder))) {
                changed.add(folder);
            }
        });
        before.keySet().stream().filter(folder -> !now.containsKey(folder)).forEach(changed::add);
        return changed;
    }

    private void update(DocumentFiles files) throws IOException {
        readerStale = true;
        generation++;
        storage.markChanged();
        write(files);
    }

    /** Reads one document through the store and replaces its entry; safe on several threads at once. */
    private void write(DocumentFiles files) throws IOException {
        EntryReader.Entry entry = entries.read(files);
        storage.writer().updateDocument(new Term(IndexFields.ID, files.id()),
                IndexFields.toLucene(entry.summary(), entry.text(), files.stamp()));
    }

    /**
     * Indexes {@code changed}, on one indexing thread per core when there are many: reading a document back
     * and inverting its text are CPU work, and Lucene's writer takes documents from several threads at once
     * (each fills a segment of its own). Progress is reported, and may cancel, on the calling thread, in order.
     */
    private void updateAll(List<DocumentFiles> changed, IndexProgress progress) throws IOException {
        int threads = Math.min(Runtime.getRuntime().availableProcessors(), MAX_INDEXING_THREADS);
        if (threads < 2 || changed.size() < PARALLEL_FROM) {
            long done = 0;
            for (DocumentFiles files : changed) {
                update(files);
                progress.worked(++done, changed.size());
            }
            return;
        }
        readerStale = true;
        storage.markChanged();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "aurum-index");
            t.setDaemon(true);
            return t;
        });
        Deque<Future<?>> inFlight = new ArrayDeque<>();
        try {
            long done = 0;
            for (int next = 0; next < changed.size() || !inFlight.isEmpty();) {
                while (next < changed.size() && inFlight.size() < threads * IN_FLIGHT_PER_THREAD) {
                    DocumentFiles files = changed.get(next++);
                    inFlight.add(pool.submit(() -> {
                        write(files);
                        return null;
                    }));
                }
                await(inFlight.poll());
                generation++;
                progress.worked(++done, changed.size());
            }
        } finally {
            inFlight.forEach(f -> f.cancel(false));
            pool.shutdown();
            awaitQuietly(pool); // no indexing thread may touch the writer after this returns
        }
    }

    private static void await(Future<?> task) throws IOException {
        try {
            task.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IOException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while indexing");
        }
    }

    private static void awaitQuietly(ExecutorService pool) {
        boolean interrupted = false;
        while (true) {
            try {
                if (pool.awaitTermination(1, TimeUnit.MINUTES)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** The file stamp of every indexed document, by id. */
    private Map<String, String> indexedStamps() throws IOException {
        DirectoryReader current = DirectoryReader.openIfChanged(reader, storage.writer());
        if (current != null) {
            reader.close();
            reader = current;
        }
        return DocValuesListing.stamps(reader);
    }

    /** Commits what changed with the folder times it matches, and releases the index. */
    @Override
    public synchronized void close() throws CorpusStoreException {
        try {
            reader.close();
            storage.close(knownFolders);
        } catch (IOException e) {
            throw failure("close the index of", root, e);
        }
    }

    private static CorpusStoreException failure(String what, Path root, IOException e) {
        return new CorpusStoreException("Cannot " + what + " corpus " + root + ": " + e.getMessage()
                + ". The index is derived data: delete " + root.resolve(".aurum").resolve("index")
                + " and it is rebuilt.", e);
    }
}
