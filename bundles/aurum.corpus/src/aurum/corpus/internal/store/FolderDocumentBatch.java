package aurum.corpus.internal.store;

import aurum.core.model.Document;
import aurum.core.model.LayerOwner;
import aurum.core.model.LayerState;
import aurum.core.model.Span;
import aurum.core.model.SpanStatus;
import aurum.core.text.SurrogatePairs;
import aurum.corpus.boilerplate.BoilerplateDetector;
import aurum.corpus.boilerplate.ExcludedRegion;
import aurum.corpus.internal.analysis.FeatureSpill;
import aurum.corpus.internal.analysis.Features;
import aurum.corpus.store.CorpusStoreException;
import aurum.corpus.store.DocumentBatch;
import aurum.corpus.store.DocumentIds;
import aurum.corpus.store.DocumentInfo;
import aurum.corpus.store.IdTakenException;
import aurum.corpus.store.StoredDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The {@link DocumentBatch} of a {@link FolderCorpusStore}. {@link #add} checks the id and the content
 * hash at once (under the corpus lock, against the {@link ContentHashIndex}) and hands the expensive
 * part (boilerplate proposal, near-duplicate features, encoding) to worker threads; a full group is
 * written through one {@link AtomicBatch} (texts in phase 0, meta files in phase 1) while the caller
 * fills the next group, so reading and analysing overlap the waits for the disk: a committer thread
 * writes the texts in {@code .aurum/staging/texts}, a stager thread the meta files in
 * {@code .aurum/staging/meta} ({@link FolderCorpusStore#stagingFolder}) at the same time. At most one group is being written: a
 * full group waits for the one before it.
 */
final class FolderDocumentBatch implements DocumentBatch {

    private static final long GROUP_BYTES = 32L << 20;
    /** Writes full groups while the next one is prepared: the disk waits overlap the CPU work. */
    private static final ExecutorService COMMITTERS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "aurum-commit");
        t.setDaemon(true);
        return t;
    });
    /** Writes a group's meta files into their staging folder while the committer writes its texts. */
    private static final ExecutorService STAGERS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "aurum-stage");
        t.setDaemon(true);
        return t;
    });
    private static final ExecutorService WORKERS = Executors.newFixedThreadPool(
            Math.max(1, Runtime.getRuntime().availableProcessors()), r -> {
                Thread t = new Thread(r, "aurum-import");
                t.setDaemon(true);
                return t;
            });

    /** A document whose files are being prepared. */
    private record Pending(Document document, FirstLayer layer, CompletableFuture<Prepared> prepared) {
    }

    /** A document's files as written: text, meta file, first layer ({@code null} when none was given). */
    private record Prepared(byte[] text, byte[] meta, byte[] layer, Features features) {
    }

    private static final Comparator<Span> DOCUMENT_ORDER = Comparator.comparingInt(Span::start)
            .thenComparing(Comparator.comparingInt(Span::end).reversed());

    /** The spans of a document's first layer, to be written with the document. */
    private record FirstLayer(LayerOwner owner, List<Span> spans, LayerState state) {
    }

    /** The ids of the documents a group stored, in order. */
    private record Written(List<String> ids) {
    }

    private final FolderCorpusStore store;
    private final boolean analyse;
    private final BoilerplateDetector boilerplate = new BoilerplateDetector();
    private final Map<String, Pending> pendingByHash = new LinkedHashMap<>();
    private final Map<String, String> pendingFoldedIds = new HashMap<>();
    /** The features of the documents written so far, for the analysis at close; created with the first group. */
    private FeatureSpill spill;
    /** The group the committer is writing (at most one), by content hash and folded id, for {@link #add}. */
    private final Map<String, String> committingByHash = new HashMap<>();
    private final Map<String, String> committingFoldedIds = new HashMap<>();
    private Future<Written> committing;
    private long pendingBytes;
    private boolean closed;

    /** @param analyse whether closing updates {@code clusters.json} (import does; a single add does not) */
    FolderDocumentBatch(FolderCorpusStore store, boolean analyse) {
        this.store = store;
        this.analyse = analyse;
    }

    @Override
    public StoredDocument add(Document document) throws CorpusStoreException {
        return add(document, null);
    }

    @Override
    public StoredDocument add(Document document, List<ExcludedRegion> boilerplate) throws CorpusStoreException {
        return add(document, boilerplate, null);
    }

    @Override
    public StoredDocument add(Document document, List<ExcludedRegion> boilerplate, LayerOwner owner, List<Span> spans)
            throws CorpusStoreException {
        return add(document, boilerplate, owner, spans, null);
    }

    @Override
    public StoredDocument add(Document document, List<ExcludedRegion> boilerplate, LayerOwner owner, List<Span> spans,
            LayerState state) throws CorpusStoreException {
        Set<String> ids = new HashSet<>();
        for (Span span : spans) {
            if (!ids.add(span.id())) {
                throw new IllegalArgumentException("span id '" + span.id() + "' is given twice for document '"
                        + document.id() + "'");
            }
            if (span.end() > document.length() || SurrogatePairs.splitsPair(document.text(), span.start())
                    || SurrogatePairs.splitsPair(document.text(), span.end())) {
                throw new IllegalArgumentException("span [" + span.start() + ", " + span.end() + ") " + span.labelId()
                        + " of document '" + document.id() + "' does not fit its text (length " + document.length()
                        + ") or splits a surrogate pair");
            }
        }
        return add(document, boilerplate, spans.isEmpty() ? null : new FirstLayer(owner, List.copyOf(spans), state));
    }

    private StoredDocument add(Document document, List<ExcludedRegion> boilerplate, FirstLayer layer)
            throws CorpusStoreException {
        if (boilerplate != null) {
            requireInside(document, boilerplate);
        }
        if (closed) {
            throw new IllegalStateException("the batch is closed");
        }
        String id = DocumentIds.requireValid(document.id(), "document id");
        String hash = document.contentHash();
        Pending queued = pendingByHash.get(hash);
        if (queued != null) {
            return new StoredDocument(queued.document().id(), false);
        }
        String beingWritten = committingByHash.get(hash);
        if (beingWritten != null) {
            return new StoredDocument(beingWritten, false);
        }
        String stored = store.locked("add document '" + id + "' to", () -> {
            ContentHashIndex index = store.hashIndex();
            index.refresh();
            String same = index.idOfHash(hash);
            if (same == null) {
                String clash = index.idIgnoringCase(id);
                if (clash == null) {
                    clash = pendingFoldedIds.get(fold(id));
                }
                if (clash == null) {
                    clash = committingFoldedIds.get(fold(id));
                }
                if (clash != null) {
                    throw clash(id, clash);
                }
            }
            return same;
        });
        if (stored != null) {
            return new StoredDocument(stored, false);
        }
        CompletableFuture<Prepared> prepared = CompletableFuture.supplyAsync(() -> prepare(document, boilerplate, layer),
                WORKERS);
        pendingByHash.put(hash, new Pending(document, layer, prepared));
        pendingFoldedIds.put(fold(id), id);
        pendingBytes += document.length() * 2L;
        if (pendingByHash.size() >= GROUP_DOCUMENTS || pendingBytes >= GROUP_BYTES) {
            startGroup();
        }
        return new StoredDocument(id, true);
    }

    private Prepared prepare(Document document, List<ExcludedRegion> proposed, FirstLayer first) {
        List<ExcludedRegion> regions = proposed != null ? proposed : boilerplate.propose(document.text());
        Features features = analyse ? Features.of(document.id(), document.contentHash(), document.text(), regions) : null;
        byte[] layer = null;
        if (first != null) {
            // what a new Layer with these spans added would save, without building its index: spans in document
            // order (by start, enclosing before nested, else as given); the state as Layer.addAll leaves it, in
            // progress when a span is a person's decision, still new when all are open suggestions
            List<Span> ordered = new ArrayList<>(first.spans());
            ordered.sort(DOCUMENT_ORDER);
            LayerState state = first.state() != null ? first.state()
                    : ordered.stream().anyMatch(s -> s.status() != SpanStatus.SUGGESTED) ? LayerState.IN_PROGRESS
                            : LayerState.NEW;
            layer = LayerCodec.write(document.id(), document.contentHash(), first.owner(), state, 1, ordered)
                    .getBytes(StandardCharsets.UTF_8);
        }
        return new Prepared(document.text().getBytes(StandardCharsets.UTF_8),
                DocumentMetaCodec.write(document, regions).getBytes(StandardCharsets.UTF_8), layer, features);
    }

    @Override
    public void flush() throws CorpusStoreException {
        startGroup();
        awaitGroup();
    }

    /** Hands the queued documents to the committer, once the group before them is durable. */
    private void startGroup() throws CorpusStoreException {
        awaitGroup();
        if (pendingByHash.isEmpty()) {
            return;
        }
        List<Pending> group = new ArrayList<>(pendingByHash.values());
        pendingByHash.forEach((hash, p) -> committingByHash.put(hash, p.document().id()));
        committingFoldedIds.putAll(pendingFoldedIds);
        pendingByHash.clear();
        pendingFoldedIds.clear();
        pendingBytes = 0;
        committing = COMMITTERS.submit(() -> commit(group));
    }

    /** Waits for the group being committed, if any; rethrows its failure. */
    private void awaitGroup() throws CorpusStoreException {
        if (committing == null) {
            return;
        }
        Written written;
        try {
            written = committing.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CorpusStoreException("Interrupted while writing documents to corpus " + store.directory()
                    + "; the documents of the last group may be missing. Import again.", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof CorpusStoreException c ? c
                    : new CorpusStoreException("Cannot write documents to corpus " + store.directory() + ": "
                            + e.getCause(), e.getCause());
        } finally {
            committing = null;
            committingByHash.clear();
            committingFoldedIds.clear();
        }
        for (String id : written.ids()) {
            store.indexed(id);
        }
    }

    /**
     * Writes one group on a committer thread: temporary files written and flushed outside the corpus lock
     * (nothing is visible yet, so other writers need not wait for the disk), then under the lock the ids
     * and hashes checked again, the files renamed into place and the hash index appended.
     */
    private Written commit(List<Pending> group) throws CorpusStoreException {
        AtomicBatch files = new AtomicBatch();
        Future<Void> metaStaging = null;
        try {
            Map<String, Features> features = new LinkedHashMap<>();
            List<Prepared> ready = new ArrayList<>(group.size());
            for (Pending p : group) {
                ready.add(await(p.prepared(), "preparing documents"));
            }
            // two small folders, two threads: the kernel creates files in both at once (see AtomicBatch)
            Path textFolder = store.stagingFolder("texts");
            Path metaFolder = store.stagingFolder("meta");
            boolean staged = textFolder != null && metaFolder != null;
            if (staged) {
                metaStaging = STAGERS.submit(() -> {
                    for (int i = 0; i < group.size(); i++) {
                        files.stage(1, store.layout().meta(group.get(i).document().id()), ready.get(i).meta(), metaFolder);
                    }
                    return null;
                });
            }
            for (int i = 0; i < group.size(); i++) {
                Document d = group.get(i).document();
                if (staged) {
                    files.stage(0, store.layout().text(d.id()), ready.get(i).text(), textFolder);
                } else {
                    files.stage(0, store.layout().text(d.id()), ready.get(i).text());
                    files.stage(1, store.layout().meta(d.id()), ready.get(i).meta());
                }
                features.put(d.id(), ready.get(i).features());
            }
            Set<Path> layerFolders = stageLayers(group, ready, files);
            awaitStaging(metaStaging);
            metaStaging = null;
            files.force();
            store.locked("write " + group.size() + " documents to", () -> {
                ContentHashIndex index = store.hashIndex();
                index.refresh();
                List<DocumentInfo> written = new ArrayList<>(group.size());
                for (Pending p : group) {
                    Document d = p.document();
                    if (index.idOfHash(d.contentHash()) != null) {
                        // another process stored the same text meanwhile
                        files.discard(store.layout().text(d.id()));
                        files.discard(store.layout().meta(d.id()));
                        discardLayer(p, files);
                        features.remove(d.id());
                        continue;
                    }
                    String clash = index.idIgnoringCase(d.id());
                    if (clash != null) {
                        throw clash(d.id(), clash);
                    }
                    if (p.layer() != null && (Files.exists(store.layout().layer(d.id(), p.layer().owner()))
                            || Files.exists(store.layout().journal(d.id(), p.layer().owner())))) {
                        discardLayer(p, files); // left by a document deleted by hand: kept, not overwritten
                    }
                    written.add(new DocumentInfo(d.id(), d.contentHash(), d.length(), d.byteOrderMarkRemoved(),
                            d.metadata()));
                }
                for (Path folder : layerFolders) {
                    createDurably(folder);
                }
                files.publish();
                index.append(written);
                return null;
            });
            if (analyse) {
                // after the lock: the analysis at close reads these back instead of keeping them in memory
                spill().append(features.values());
            }
            return new Written(List.copyOf(features.keySet()));
        } catch (CorpusStoreException e) {
            abort(files, metaStaging);
            throw e;
        } catch (IOException e) {
            abort(files, metaStaging);
            throw JsonFiles.failure("write " + group.size() + " documents to", "corpus " + store.directory(), e);
        } catch (RuntimeException e) {
            abort(files, metaStaging);
            throw e;
        }
    }

    /**
     * Stages the first layers given with the group's documents, as phase 2 (after texts and meta files:
     * a layer refers to a document that exists); returns the layer folders they go to.
     */
    private Set<Path> stageLayers(List<Pending> group, List<Prepared> ready, AtomicBatch files) throws IOException {
        Set<Path> folders = new LinkedHashSet<>();
        Path staging = null;
        for (int i = 0; i < group.size(); i++) {
            Pending p = group.get(i);
            if (ready.get(i).layer() == null) {
                continue;
            }
            if (staging == null) {
                staging = store.stagingFolder("layers");
            }
            Path target = store.layout().layer(p.document().id(), p.layer().owner());
            folders.add(target.getParent());
            if (staging != null) {
                files.stage(2, target, ready.get(i).layer(), staging);
            } else {
                Files.createDirectories(target.getParent());
                files.stage(2, target, ready.get(i).layer());
            }
        }
        return folders;
    }

    private void discardLayer(Pending p, AtomicBatch files) throws IOException {
        if (p.layer() != null) {
            files.discard(store.layout().layer(p.document().id(), p.layer().owner()));
        }
    }

    /** Creates a layer folder if missing, with its entry in its parent flushed (a first import into an annotator's folder). */
    private static void createDurably(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            return;
        }
        Path outermost = folder;
        while (!Files.isDirectory(outermost.getParent())) {
            outermost = outermost.getParent();
        }
        Files.createDirectories(folder);
        for (Path p = folder; p.startsWith(outermost); p = p.getParent()) {
            AtomicFiles.forceDirectory(p.getParent());
        }
    }

    /** Waits for the meta files being staged, if any; rethrows the stager's failure. */
    private static void awaitStaging(Future<Void> staging) throws IOException {
        if (staging != null) {
            await(staging, "writing meta files");
        }
    }

    /** Deletes the group's temporary files once the stager, if still at work, has stopped adding to them. */
    private static void abort(AtomicBatch files, Future<Void> staging) {
        try {
            awaitStaging(staging);
        } catch (IOException | RuntimeException e) {
            // the failure being reported already is the one that matters
        }
        files.abort();
    }

    @Override
    public void abandon() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            awaitGroup();
        } catch (CorpusStoreException | RuntimeException e) {
            // the failure that made the caller give up is the one to report
        }
        pendingByHash.clear();
        pendingFoldedIds.clear();
        pendingBytes = 0;
        try {
            closeSpill();
        } catch (CorpusStoreException e) {
            // a temporary file under .aurum/analysis left behind; the next batch's sweep removes it
        }
    }

    /** The spill file, created on first use (a batch that writes nothing creates none). */
    private synchronized FeatureSpill spill() throws IOException {
        if (spill == null) {
            spill = FeatureSpill.create(store.layout().analysisDir());
        }
        return spill;
    }

    @Override
    public void close() throws CorpusStoreException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            flush();
            if (analyse) {
                store.updateAnalysis(spill);
            }
        } finally {
            closeSpill();
        }
    }

    private synchronized void closeSpill() throws CorpusStoreException {
        if (spill != null) {
            try {
                spill.close();
            } catch (IOException e) {
                throw JsonFiles.failure("delete a temporary file of", "corpus " + store.directory(), e);
            } finally {
                spill = null;
            }
        }
    }

    /** The result of {@code future}; a failure rethrown as is when it is an I/O or runtime exception. */
    private static <T> T await(Future<T> future, String task) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while " + task, e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IOException(e.getCause());
        }
    }

    private static void requireInside(Document document, List<ExcludedRegion> regions) {
        int previousEnd = 0;
        for (ExcludedRegion r : regions) {
            if (r.start() < previousEnd || r.end() > document.length()) {
                throw new IllegalArgumentException("boilerplate region [" + r.start() + ", " + r.end()
                        + ") of document '" + document.id() + "' must be inside the text (length " + document.length()
                        + ") and after the previous region");
            }
            previousEnd = r.end();
        }
    }

    private static CorpusStoreException clash(String id, String existing) {
        return new IdTakenException(id, existing);
    }

    private static String fold(String id) {
        return id.toLowerCase(Locale.ROOT);
    }
}
