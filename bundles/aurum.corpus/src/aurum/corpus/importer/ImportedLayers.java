package aurum.corpus.importer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import aurum.core.model.Layer;
import aurum.core.model.LayerOwner;
import aurum.core.model.LayerState;
import aurum.core.model.Span;
import aurum.corpus.store.CorpusStore;
import aurum.corpus.store.CorpusStoreException;
import aurum.corpus.store.LayerSnapshot;

/**
 * Stores the spans of an imported document so that no annotation is dropped and importing the same input
 * twice changes nothing. The spans go to the importing annotator's layer ({@code import} by default); an
 * annotated document without spans gets an empty layer, so exports keep it as a negative example. When the
 * document's text is in the corpus already with other annotations (the same text annotated twice, such as
 * DKPro Core's {@code document0a} and {@code document0b}, or a file edited since the last import), the new
 * annotations are stored as another layer of the same annotator name with a number, {@code import-2},
 * {@code import-3}, …, never merged into the first: the layers can then be compared and curated like two
 * annotators' work. Annotations equal to a stored layer's (same ranges, labels, attributes and notes) are
 * not stored again. A layer stored here is marked {@link LayerState#DONE}: it is the source's finished
 * annotation, which exports and curation take as such.
 */
public final class ImportedLayers {

    /** What {@link #store} did with a document's annotations. */
    public enum Outcome {
        /** The document carried no annotations (plain text): no layer. */
        NOT_ANNOTATED,
        /** Stored in the annotator's layer. */
        STORED,
        /** A layer of the annotator holds the same annotations already: nothing stored. */
        ALREADY_STORED,
        /** The annotator's layer holds other annotations: stored in a numbered layer beside it. */
        STORED_IN_ANOTHER_LAYER
    }

    /**
     * What was done.
     *
     * @param outcome what happened
     * @param owner the layer the annotations are in, or {@code null} when not annotated
     * @param spans the number of spans stored now (0 when already stored)
     */
    public record Placement(Outcome outcome, LayerOwner owner, int spans) {
    }

    /** Told which layer is about to be written, e.g. to keep a copy of it for a rollback. */
    @FunctionalInterface
    public interface BeforeWrite {
        /** Called once, before the layer of {@code owner} on document {@code id} is written. */
        void layer(String id, LayerOwner owner) throws IOException;
    }

    private ImportedLayers() {
    }

    /**
     * Stores {@code imported}'s annotations on the stored document {@code id}.
     *
     * @param id the id the document's text is stored under (the id it was imported as, or the id of the
     *        document holding the same text already)
     * @param annotator the annotator the import writes as
     * @throws CorpusStoreException if a layer cannot be read or written
     */
    public static Placement store(CorpusStore store, String id, ImportedDocument imported, String annotator)
            throws CorpusStoreException {
        try {
            return store(store, id, imported, annotator, (document, owner) -> {
                // nothing to keep
            });
        } catch (CorpusStoreException e) {
            throw e;
        } catch (IOException e) {
            throw new IllegalStateException("a hook that does nothing failed", e);
        }
    }

    /**
     * {@link #store(CorpusStore, String, ImportedDocument, String)}, telling {@code beforeWrite} which layer it
     * is about to write (an import that can be rolled back keeps a copy).
     *
     * @throws IOException if a layer cannot be read or written, or the hook fails
     */
    public static Placement store(CorpusStore store, String id, ImportedDocument imported, String annotator,
            BeforeWrite beforeWrite) throws IOException {
        if (!imported.annotated()) {
            return new Placement(Outcome.NOT_ANNOTATED, null, 0);
        }
        List<Key> incoming = keys(imported.spans());
        for (int n = 1;; n++) {
            LayerOwner owner = LayerOwner.annotator(n == 1 ? annotator : annotator + "-" + n);
            LayerSnapshot stored = store.layerSnapshot(id, owner);
            if (stored.revision() == 0) {
                beforeWrite.layer(id, owner);
                Layer layer = store.loadLayer(id, owner);
                layer.addAll(imported.spans());
                layer.setState(LayerState.DONE); // the source's finished annotation (docs/FORMAT.md, "Imported spans")
                store.saveLayer(layer, 0);
                return new Placement(n == 1 ? Outcome.STORED : Outcome.STORED_IN_ANOTHER_LAYER, owner,
                        imported.spans().size());
            }
            if (keys(stored.spans()).equals(incoming)) {
                return new Placement(Outcome.ALREADY_STORED, owner, 0);
            }
        }
    }

    /** A span without its id and times, to compare annotations from two sources. */
    private record Key(int start, int end, String label, Object attributes, String note) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            int c = Integer.compare(start, o.start);
            c = c != 0 ? c : Integer.compare(end, o.end);
            c = c != 0 ? c : label.compareTo(o.label);
            c = c != 0 ? c : attributes.toString().compareTo(o.attributes.toString());
            return c != 0 ? c : Objects.toString(note, "").compareTo(Objects.toString(o.note, ""));
        }
    }

    private static List<Key> keys(List<Span> spans) {
        List<Key> keys = new ArrayList<>(spans.size());
        for (Span s : spans) {
            keys.add(new Key(s.start(), s.end(), s.labelId(), s.attributes(), s.note()));
        }
        keys.sort(null);
        return keys;
    }
}
