package aurum.corpus.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import aurum.core.model.Document;
import aurum.core.model.DocumentMetadata;
import aurum.core.model.LabelSetRef;
import aurum.core.model.Layer;
import aurum.core.model.LayerOwner;
import aurum.core.model.LayerState;
import aurum.corpus.store.CorpusSettings;
import aurum.corpus.store.CorpusStore;
import aurum.corpus.store.LayerChanges;

/**
 * Two stores on one corpus in one process (the Corpus view's and an editor's): a layer one of them saves
 * in a folder is found by the other's index even when the other then saves a layer in the same folder
 * itself, which moves that folder's time on.
 */
class IndexSeesOtherStoresTest {

    private static final LayerOwner ALICE = LayerOwner.annotator("alice");

    @TempDir
    Path dir;

    private static void finish(CorpusStore store, String id) throws Exception {
        Layer layer = store.loadLayer(id, ALICE);
        long revision = layer.revision();
        layer.setState(LayerState.DONE);
        store.saveChanges(layer, revision, LayerChanges.builder().build());
    }

    private static List<String> done(CorpusStore store) throws Exception {
        return store.index().find(DocumentQuery.ALL.withOwner(ALICE).withState(LayerState.DONE)).stream()
                .map(IndexedDocument::id).toList();
    }

    @Test
    void anotherStoresWriteInTheSameFolderIsNotHiddenByOwnWrites() throws Exception {
        CorpusStore navigator = CorpusStore.create(dir.resolve("c"), CorpusSettings.of("c", new LabelSetRef("news",
                "1.0.0")));
        for (String id : List.of("a", "b", "c")) {
            navigator.addDocument(Document.imported(id, "Text of " + id + ".", DocumentMetadata.NONE));
        }
        finish(navigator, "a");
        assertEquals(List.of("a"), done(navigator));

        CorpusStore editor = CorpusStore.open(dir.resolve("c"));
        finish(editor, "b"); // a new layer file in layers/annotators/alice, behind the navigator's back
        finish(navigator, "c"); // then a write of the navigator's own in the same folder
        assertEquals(List.of("a", "b", "c"), done(navigator));
    }

    @Test
    void anotherStoresJournalLineInTheSameFolderIsNotHiddenByOwnWrites() throws Exception {
        CorpusStore navigator = CorpusStore.create(dir.resolve("c"), CorpusSettings.of("c", new LabelSetRef("news",
                "1.0.0")));
        for (String id : List.of("a", "b", "c")) {
            navigator.addDocument(Document.imported(id, "Text of " + id + ".", DocumentMetadata.NONE));
            Layer layer = navigator.loadLayer(id, ALICE);
            layer.setState(LayerState.IN_PROGRESS);
            navigator.saveLayer(layer, 0);
        }
        assertEquals(List.of(), done(navigator));
        CorpusStore editor = CorpusStore.open(dir.resolve("c"));
        finish(editor, "b"); // one line appended to b's change journal, as the editor's writer saves
        finish(navigator, "c");
        assertEquals(List.of("b", "c"), done(navigator));
    }
}
