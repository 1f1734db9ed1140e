package aurum.corpus.internal.store;

import aurum.core.model.Document;
import aurum.core.model.Layer;
import aurum.core.model.LayerOwner;
import aurum.core.model.LayerState;
import aurum.core.model.Span;
import aurum.corpus.store.CorpusStoreException;
import aurum.corpus.store.DocumentInfo;
import aurum.corpus.store.LayerSnapshot;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads and writes layer files (docs/FORMAT.md): a one-line header, then one span per line in
 * document order, so git diffs and merges work span by span.
 */
final class LayerCodec {

    private static final String GOLD = "gold";
    private static final String ANNOTATOR_PREFIX = "annotator:";

    private LayerCodec() {
    }

    /** The layer's file content, stored under {@code revision}. */
    static String write(Layer layer, long revision) {
        return write(layer.document().id(), layer.document().contentHash(), layer.owner(), layer.state(), revision,
                layer.spans());
    }

    /** The content of a layer file with these fields and {@code spans}, which must be in document order. */
    static String write(String documentId, String contentHash, LayerOwner owner, LayerState state, long revision,
            List<Span> spans) {
        StringBuilder out = new StringBuilder(256 + spans.size() * 220);
        out.append("{\"formatVersion\":").append(JsonFiles.FORMAT_VERSION).append(',');
        JsonText.string(JsonText.name(out, "document"), documentId).append(',');
        JsonText.string(JsonText.name(out, "contentHash"), contentHash).append(',');
        JsonText.string(JsonText.name(out, "owner"), ownerKey(owner)).append(',');
        JsonText.string(JsonText.name(out, "state"), state.name()).append(',');
        out.append("\"revision\":").append(revision).append(",\"spans\":[\n");
        for (int i = 0; i < spans.size(); i++) {
            SpanCodec.write(spans.get(i), out).append(i + 1 < spans.size() ? ",\n" : "\n");
        }
        return out.append("]}\n").toString();
    }

    /** The owner as written in the file: {@code gold} or {@code annotator:<id>}. */
    static String ownerKey(LayerOwner owner) {
        return switch (owner) {
            case LayerOwner.Annotator annotator -> ANNOTATOR_PREFIX + annotator.id();
            case LayerOwner.Gold gold -> GOLD;
        };
    }

    /** Reads only the stored revision, for the check before a save. */
    static long readRevision(Path file, String name) throws CorpusStoreException {
        return new JsonFields(LayerFileReader.header(file, name), name).number("revision");
    }

    /** Reads a layer of {@code document}, checking that it belongs to that document and owner. */
    static Layer read(Path file, String name, Document document, LayerOwner owner) throws CorpusStoreException {
        return read(LayerFileReader.read(file, name), name, document, owner, null);
    }

    /**
     * Builds the layer from a parsed layer file and, if not {@code null}, the journal entries that
     * continue it (replayed in order: put replaces or adds by id, remove drops an id if present).
     */
    static Layer read(LayerFileReader.Parsed parsed, String name, Document document, LayerOwner owner,
            LayerJournal.Content journal) throws CorpusStoreException {
        Replayed replayed = replay(parsed, name, document.id(), document.contentHash(), owner, journal);
        try {
            return Layer.restore(document, owner, replayed.state(), replayed.revision(), replayed.spans());
        } catch (IllegalArgumentException e) {
            throw replayed.fields().error(e.getMessage() + (journal == null ? "" : " (after replaying its change journal)"));
        }
    }

    /**
     * Like {@link #read(LayerFileReader.Parsed, String, Document, LayerOwner, LayerJournal.Content)} for a
     * document known only by its meta file: the same header checks and every rule that needs no text (state
     * allowed for the owner, revision not negative, span ids unique, spans within the recorded length); only
     * whether a span splits a surrogate pair is left unchecked. No {@link Layer} built.
     */
    static LayerSnapshot snapshot(LayerFileReader.Parsed parsed, String name, DocumentInfo document, LayerOwner owner,
            LayerJournal.Content journal) throws CorpusStoreException {
        Replayed replayed = replay(parsed, name, document.id(), document.contentHash(), owner, journal);
        String after = journal == null ? "" : " (after replaying its change journal)";
        checkRules(replayed, owner, after);
        for (Span span : replayed.spans()) {
            if (span.end() > document.length()) {
                throw replayed.fields().error("span '" + span.id() + "' [" + span.start() + ", " + span.end()
                        + ") ends beyond the text, which has length " + document.length() + after);
            }
        }
        return new LayerSnapshot(owner, replayed.state(), replayed.revision(), List.copyOf(replayed.spans()));
    }

    /**
     * The snapshot of a layer of {@code document}, held to every rule {@link Layer#restore} checks (spans
     * within the text and not splitting a surrogate pair, ids unique, state allowed for the owner) without
     * building the layer's columns and index.
     */
    static LayerSnapshot snapshot(LayerFileReader.Parsed parsed, String name, Document document, LayerOwner owner,
            LayerJournal.Content journal) throws CorpusStoreException {
        Replayed replayed = replay(parsed, name, document.id(), document.contentHash(), owner, journal);
        String after = journal == null ? "" : " (after replaying its change journal)";
        checkRules(replayed, owner, after);
        for (Span span : replayed.spans()) {
            try {
                span.requireWithin(document.text());
            } catch (IllegalArgumentException e) {
                throw replayed.fields().error(e.getMessage() + after);
            }
        }
        return new LayerSnapshot(owner, replayed.state(), replayed.revision(), List.copyOf(replayed.spans()));
    }

    /** The rules of {@link Layer#restore} that need no text: state allowed, revision not negative, ids unique. */
    private static void checkRules(Replayed replayed, LayerOwner owner, String after) throws CorpusStoreException {
        if (!replayed.state().allowedFor(owner)) {
            throw replayed.fields().error("state " + replayed.state() + " is not allowed for the layer of "
                    + owner.describe() + after);
        }
        if (replayed.revision() < 0) {
            throw replayed.fields().error("revision " + replayed.revision() + " is negative" + after);
        }
        Set<String> ids = new HashSet<>(replayed.spans().size() * 4 / 3 + 16);
        for (Span span : replayed.spans()) {
            if (!ids.add(span.id())) {
                throw replayed.fields().error("span id '" + span.id() + "' is used twice" + after);
            }
        }
    }

    private record Replayed(JsonFields fields, LayerState state, long revision, Collection<Span> spans) {
    }

    /** Checks the header against the document and owner and replays the journal entries on the file's spans. */
    private static Replayed replay(LayerFileReader.Parsed parsed, String name, String documentId, String contentHash,
            LayerOwner owner, LayerJournal.Content journal) throws CorpusStoreException {
        JsonFields fields = new JsonFields(parsed.header(), name);
        if (!documentId.equals(fields.string("document")) || !ownerKey(owner).equals(fields.string("owner"))) {
            throw fields.error("it belongs to document '" + fields.string("document") + "' and owner '"
                    + fields.string("owner") + "', not to '" + documentId + "' and '" + ownerKey(owner) + "'");
        }
        if (!contentHash.equals(fields.string("contentHash"))) {
            throw fields.error("its contentHash does not match the text of document '" + documentId
                    + "', so its offsets would point at the wrong characters; the document text was changed"
                    + " after annotating. Restore documents/" + documentId + ".txt from git");
        }
        LayerState state = fields.parsed("state", LayerState::valueOf, "a layer state");
        long revision = fields.number("revision");
        Collection<Span> spans = parsed.spans();
        if (journal != null && !journal.entries().isEmpty()) {
            Map<String, Span> byId = new LinkedHashMap<>(spans.size() * 4 / 3 + 16);
            for (Span span : spans) {
                byId.put(span.id(), span);
            }
            for (LayerJournal.Entry entry : journal.entries()) {
                entry.removed().forEach(byId::remove);
                entry.put().forEach(span -> byId.put(span.id(), span));
                state = entry.state();
                revision++;
            }
            spans = byId.values();
        }
        return new Replayed(fields, state, revision, spans);
    }
}
