package aurum.corpus.internal.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import aurum.core.model.LayerOwner;
import aurum.corpus.internal.store.CorpusLayout;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Re-stamping only the changed layer folders gives exactly what stamping every file gives. Only sizes
 * and times are read, so the files hold placeholder text.
 */
class FolderStampsTest {

    @TempDir
    Path root;
    private FolderStamps stamps;

    @BeforeEach
    void corpus() throws IOException {
        for (String id : List.of("d1", "d2", "d3")) {
            write("documents/" + id + ".meta.json", "{}");
            write("documents/" + id + ".txt", "text of " + id);
        }
        write("layers/gold/d1.json", "gold");
        write("layers/annotators/alice/d1.json", "a1");
        write("layers/annotators/alice/d2.json", "a2");
        write("layers/annotators/alice/d2.journal.jsonl", "j");
        write("layers/annotators/bob/d1.json", "b1");
        write("layers/annotators/Zed/d2.json", "z2"); // sorts before the lower-case ids
        write("layers/annotators/bob/orphan.json", "no such document");
        stamps = new FolderStamps(new CorpusLayout(root));
    }

    private void write(String name, String content) throws IOException {
        Path file = root.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private Map<String, String> indexedStamps() throws IOException {
        Map<String, String> indexed = new HashMap<>();
        stamps.scanAll().forEach((id, files) -> indexed.put(id, files.stamp()));
        return indexed;
    }

    @Test
    void rescanningChangedLayerFoldersEqualsAFullScan() throws IOException {
        Map<String, String> indexed = indexedStamps();
        assertEquals(List.of(LayerOwner.GOLD, LayerOwner.annotator("alice"), LayerOwner.annotator("bob")),
                stamps.scanAll().get("d1").owners());
        write("layers/annotators/alice/d2.json", "a2, edited by a pull");
        Files.delete(root.resolve("layers/annotators/alice/d2.journal.jsonl"));
        write("layers/annotators/alice/d3.json", "new layer");
        write("layers/annotators/alice/d3.journal.jsonl", "new journal");
        Files.delete(root.resolve("layers/annotators/bob/d1.json"));
        write("layers/gold/d2.json", "new gold");
        Map<String, DocumentFiles> full = stamps.scanAll();
        assertEquals(full, stamps.rescan(indexed,
                Set.of("layers/annotators/alice", "layers/annotators/bob", "layers/gold")));
        assertNotEquals(indexed.get("d2"), full.get("d2").stamp());
    }

    @Test
    void anUnchangedCorpusRescansToTheIndexedStamps() throws IOException {
        Map<String, String> indexed = indexedStamps();
        assertEquals(stamps.scanAll(), stamps.rescan(indexed, Set.of("layers/annotators/Zed")));
    }

    @Test
    void documentsOrAnnotatorsChangedNeedAFullScan() throws IOException {
        Map<String, String> indexed = indexedStamps();
        assertNull(stamps.rescan(indexed, Set.of("documents")));
        assertNull(stamps.rescan(indexed, Set.of("layers/annotators")));
        assertNull(stamps.rescan(indexed, Set.of("layers/gold", "layers/annotators/a/b")));
    }
}
