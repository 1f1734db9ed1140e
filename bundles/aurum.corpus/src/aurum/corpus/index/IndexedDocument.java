package aurum.corpus.index;

import aurum.core.model.LayerOwner;
import java.util.List;
import java.util.Optional;

/**
 * One document as the index lists it.
 *
 * @param id the document id
 * @param title the title from its metadata, or empty
 * @param length the text length in UTF-16 units
 * @param layers its saved layers, gold first, then annotators by id
 * @param problems files of this document that could not be read (text edited, malformed layer), each
 *        a sentence naming the file; such a layer is missing from {@code layers}
 */
public record IndexedDocument(String id, String title, int length, List<LayerSummary> layers,
        List<String> problems) {

    /** Copies the lists. */
    public IndexedDocument {
        title = title == null ? "" : title;
        layers = List.copyOf(layers);
        problems = List.copyOf(problems);
    }

    /** The saved layer of {@code owner}, if any. */
    public Optional<LayerSummary> layer(LayerOwner owner) {
        return layers.stream().filter(l -> l.owner().equals(owner)).findFirst();
    }
}
