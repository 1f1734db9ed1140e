package aurum.corpus.internal.store;

import aurum.core.model.Document;
import aurum.core.model.Layer;
import aurum.core.model.LayerOwner;
import aurum.corpus.store.CorpusStoreException;
import aurum.corpus.store.DocumentInfo;
import aurum.corpus.store.LayerSnapshot;
import aurum.corpus.store.LayerChanges;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

/**
 * A layer as stored: its layer file plus the change journal continuing it (docs/FORMAT.md). Knows how
 * the two relate, how to read the layer they make, and how to write an edit the cheapest safe way.
 * Writers call the {@code write} methods under the corpus lock; readers take no lock.
 */
final class JournaledLayers {

    /** Beyond this the next save rewrites the layer file instead of appending (editors compact sooner). */
    static final long MAX_JOURNAL_BYTES = 4 << 20;

    private static final System.Logger LOG = System.getLogger(JournaledLayers.class.getName());

    private final CorpusLayout layout;

    JournaledLayers(CorpusLayout layout) {
        this.layout = layout;
    }

    /** How a journal relates to the layer file beside it. */
    enum Relation {
        /** No journal (or an empty one). */
        NONE,
        /** The journal continues the layer file: its base is the file's revision. */
        CONTINUES,
        /**
         * The file already holds every journaled edit: a compaction or whole save was interrupted before
         * it deleted the journal (the file's revision is the journal's last, or one more).
         */
        FOLDED,
        /**
         * The file was replaced by something that did not know the journal (git, an older Aurum): the
         * journal's edits are replayed on it (puts and removes by span id are idempotent), the next save
         * rewrites the file.
         */
        MISMATCH
    }

    /** The stored state: the layer file's revision and the journal, if any. */
    record Stored(long fileRevision, LayerJournal.Content journal, Relation relation) {

        /** The revision readers see and writers must expect. */
        long revision() {
            return switch (relation) {
                case NONE, FOLDED -> fileRevision;
                case CONTINUES -> journal.lastRevision();
                case MISMATCH -> fileRevision + journal.entries().size();
            };
        }

        /** The journal entries readers replay, or {@code null}. */
        LayerJournal.Content replayed() {
            return relation == Relation.CONTINUES || relation == Relation.MISMATCH ? journal : null;
        }
    }

    static Relation relate(long fileRevision, LayerJournal.Content journal) {
        if (journal == null || journal.entries().isEmpty()) {
            return Relation.NONE;
        }
        if (journal.baseRevision() == fileRevision) {
            return Relation.CONTINUES;
        }
        // exactly what this store's own writers leave when a crash comes between renaming the new layer file
        // and deleting the journal: compaction keeps the last revision, a whole save adds one
        long last = journal.lastRevision();
        return fileRevision == last || fileRevision == last + 1 ? Relation.FOLDED : Relation.MISMATCH;
    }

    /** A layer file and its journal as read, before they are checked against the document's text. */
    record Read(LayerFileReader.Parsed parsed, Stored stored, String name) {
    }

    /** Loads the layer: the file, then the journal replayed on it. The file must exist. */
    Layer load(Document document, LayerOwner owner) throws CorpusStoreException {
        return build(read(document.id(), owner), document, owner);
    }

    /** Reads the layer file and its journal (the slow part of a load; needs no text). The file must exist. */
    Read read(String id, LayerOwner owner) throws CorpusStoreException {
        Path file = layout.layer(id, owner);
        Path journalFile = layout.journal(id, owner);
        String name = layout.name(file);
        for (int attempt = 0;; attempt++) {
            // the journal first: a writer that compacts meanwhile makes the file newer, which reads as FOLDED
            LayerJournal.Content journal = readJournal(journalFile, id, owner);
            LayerFileReader.Parsed parsed = LayerFileReader.read(file, name);
            long fileRevision = new JsonFields(parsed.header(), name).number("revision");
            Relation relation = relate(fileRevision, journal);
            if (relation == Relation.MISMATCH && attempt < 2) {
                continue; // maybe a writer between our two reads; look again
            }
            Stored stored = new Stored(fileRevision, journal, relation);
            report(stored, journalFile, name);
            return new Read(parsed, stored, name);
        }
    }

    /** The layer {@code read} makes on {@code document}, checked against its text. */
    Layer build(Read read, Document document, LayerOwner owner) throws CorpusStoreException {
        return LayerCodec.read(read.parsed(), read.name(), document, owner, read.stored().replayed());
    }

    /** The snapshot {@code read} makes, checked against the document's meta file only. */
    LayerSnapshot snapshot(Read read, DocumentInfo document, LayerOwner owner) throws CorpusStoreException {
        return LayerCodec.snapshot(read.parsed(), read.name(), document, owner, read.stored().replayed());
    }

    /** The snapshot {@code read} makes on {@code document}, checked against its text. */
    LayerSnapshot snapshot(Read read, Document document, LayerOwner owner) throws CorpusStoreException {
        return LayerCodec.snapshot(read.parsed(), read.name(), document, owner, read.stored().replayed());
    }

    /** The stored state of a layer whose file exists; for writers, under the lock. */
    Stored stored(String id, LayerOwner owner) throws CorpusStoreException {
        Path file = layout.layer(id, owner);
        long fileRevision = LayerCodec.readRevision(file, layout.name(file));
        LayerJournal.Content journal = readJournal(layout.journal(id, owner), id, owner);
        return new Stored(fileRevision, journal, relate(fileRevision, journal));
    }

    /**
     * Writes the edit that makes {@code layer} revision {@code next}, appending to the journal when it
     * continues the file and is small, else starting a journal or rewriting the file. Under the lock.
     */
    void write(Layer layer, Stored stored, long next, LayerChanges changes) throws IOException {
        String id = layer.document().id();
        Path journalFile = layout.journal(id, layer.owner());
        String entry = LayerJournal.entry(next, layer.state(), changes);
        LayerJournal.Content journal = stored.journal();
        if (stored.relation() == Relation.CONTINUES && journal.fileBytes() < MAX_JOURNAL_BYTES) {
            LayerJournal.append(journalFile, entry, journal.validBytes());
        } else if ((stored.relation() == Relation.NONE || stored.relation() == Relation.FOLDED)
                && (journal == null || journal.fileBytes() < MAX_JOURNAL_BYTES)) {
            // a new journal is written whole and renamed into place, so its header is never torn
            AtomicFiles.write(journalFile, (LayerJournal.header(id, LayerCodec.ownerKey(layer.owner()),
                    stored.fileRevision()) + entry).getBytes(StandardCharsets.UTF_8));
        } else {
            writeWhole(layer, next);
            return;
        }
        // appends do not change the folder's time, which is how other processes' indexes notice changes
        Files.setLastModifiedTime(journalFile.getParent(), FileTime.from(Instant.now()));
    }

    /** Replaces the layer file with {@code layer} at {@code revision} and drops the journal. Under the lock. */
    void writeWhole(Layer layer, long revision) throws IOException {
        Path file = layout.layer(layer.document().id(), layer.owner());
        AtomicFiles.write(file, LayerCodec.write(layer, revision).getBytes(StandardCharsets.UTF_8));
        // a crash here leaves a journal the file already holds: readers see FOLDED and ignore it
        if (Files.deleteIfExists(layout.journal(layer.document().id(), layer.owner()))) {
            AtomicFiles.forceDirectory(file.getParent());
        }
    }

    private LayerJournal.Content readJournal(Path journalFile, String id, LayerOwner owner)
            throws CorpusStoreException {
        return LayerJournal.read(journalFile, layout.name(journalFile), id, LayerCodec.ownerKey(owner));
    }

    private void report(Stored stored, Path journalFile, String name) {
        if (stored.journal() != null && stored.journal().torn() != null) {
            LOG.log(System.Logger.Level.WARNING, stored.journal().torn());
        }
        if (stored.relation() == Relation.MISMATCH) {
            LOG.log(System.Logger.Level.WARNING, layout.name(journalFile) + " continues revision "
                    + stored.journal().baseRevision() + " but " + name + " is at revision " + stored.fileRevision()
                    + " (replaced by git or a tool that does not know journals); its "
                    + stored.journal().entries().size() + " edits are replayed on the file as it is now, and the"
                    + " next save rewrites the file");
        }
    }
}
