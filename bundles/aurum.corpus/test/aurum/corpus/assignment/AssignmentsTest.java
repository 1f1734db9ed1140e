package aurum.corpus.assignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import aurum.core.model.Document;
import aurum.core.model.DocumentMetadata;
import aurum.core.model.LabelSetRef;
import aurum.core.model.Layer;
import aurum.core.model.LayerOwner;
import aurum.core.model.LayerState;
import aurum.core.model.Span;
import aurum.corpus.store.CorpusSettings;
import aurum.corpus.store.CorpusStore;
import aurum.corpus.store.CorpusStoreException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssignmentsTest {

    @TempDir
    Path dir;

    @Test
    void fileHasSortedKeysAndOneDocumentPerLine() throws Exception {
        Assignments a = Assignments.EMPTY.assign(List.of("carol", "alice"), List.of("d2", "d1"))
                .assign(List.of("bob"), List.of("d1"));
        AssignmentsFile.write(dir, a);
        assertEquals("""
                {
                  "formatVersion": 1,
                  "annotators": {
                    "alice": [
                      "d1",
                      "d2"
                    ],
                    "bob": [
                      "d1"
                    ],
                    "carol": [
                      "d1",
                      "d2"
                    ]
                  }
                }
                """, Files.readString(dir.resolve("assignments.json")));
        assertEquals(a, AssignmentsFile.read(dir));
        assertEquals(List.of("alice", "bob", "carol"), a.annotatorsOf("d1"));
    }

    @Test
    void missingFileMeansNoAssignmentsAndUnassignDropsEmptyAnnotators() throws Exception {
        assertTrue(AssignmentsFile.read(dir).isEmpty());
        Assignments a = Assignments.EMPTY.assign(List.of("alice"), List.of("d1")).unassign(List.of("alice"),
                List.of("d1"));
        assertTrue(a.isEmpty());
    }

    @Test
    void badIdsAreRefusedWithASuggestion() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Assignments.EMPTY.assign(List.of("al ice"), List.of("d1")));
        assertTrue(e.getMessage().contains("al_ice"), e.getMessage());
    }

    @Test
    void malformedOrNewerFilesNameTheFileAndChangeNothing() throws Exception {
        Path file = dir.resolve("assignments.json");
        Files.writeString(file, "{\"formatVersion\": 1, \"annotators\": {\"alice\": [\"d1\",]}}");
        CorpusStoreException e = assertThrows(CorpusStoreException.class, () -> AssignmentsFile.read(dir));
        assertTrue(e.getMessage().contains(file.toString()) && e.getMessage().contains("malformed"), e.getMessage());
        Files.writeString(file, "{\"formatVersion\": 2, \"annotators\": {}}");
        e = assertThrows(CorpusStoreException.class, () -> AssignmentsFile.read(dir));
        assertTrue(e.getMessage().contains("format version 2") && e.getMessage().contains("update Aurum"),
                e.getMessage());
        assertEquals("{\"formatVersion\": 2, \"annotators\": {}}", Files.readString(file, StandardCharsets.UTF_8));
    }

    @Test
    void progressCountsLayerStatesOfAssignedDocuments() throws Exception {
        CorpusStore store = CorpusStore.create(dir.resolve("c"), CorpusSettings.of("c", new LabelSetRef("news", "1")));
        for (String id : List.of("d1", "d2", "d3")) {
            store.addDocument(Document.imported(id, "text of " + id, DocumentMetadata.NONE));
        }
        save(store, "d1", "alice", LayerState.DONE);
        save(store, "d2", "alice", LayerState.IN_PROGRESS);
        save(store, "d1", "bob", LayerState.DONE);
        Assignments a = Assignments.EMPTY.assign(List.of("alice", "bob"), List.of("d1", "d2", "d3", "gone"));
        AssignmentsFile.write(store.directory(), a);
        List<AnnotatorProgress> progress = AssignmentProgress.of(store, AssignmentsFile.read(store.directory()));
        assertEquals(new AnnotatorProgress("alice", 4, 1, 1, 1, 1), progress.get(0));
        assertEquals(new AnnotatorProgress("bob", 4, 1, 0, 2, 1), progress.get(1));
        assertEquals(0.25, progress.get(1).fractionDone(), 1e-12);
        assertEquals(List.of("alice", "bob"), CorpusAnnotators.of(store.directory()));
        save(store, "d3", CorpusAnnotators.SUGGESTIONS, LayerState.IN_PROGRESS);
        assertEquals(List.of("alice", "bob"), CorpusAnnotators.of(store.directory()),
                "the recognizers' layer is not a person's");
    }

    private static void save(CorpusStore store, String id, String annotator, LayerState state) throws Exception {
        Layer layer = store.loadLayer(id, LayerOwner.annotator(annotator));
        layer.add(Span.builder().range(0, 4).label("X").buildFor("text"));
        layer.setState(state);
        store.saveLayer(layer, 0);
    }
}
