package aurum.corpus.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import aurum.core.model.Layer;
import aurum.core.model.LayerOwner;
import aurum.core.model.Span;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two JVMs on one corpus: only the OS file lock keeps their read-check-write cycles apart. */
class CorpusStoreCrossProcessTest {

    private static final int WRITERS = 2;
    private static final int SPANS_EACH = 15;

    @TempDir
    Path dir;

    @Test
    void twoProcessesSavingTheSameLayerLoseNoUpdate() throws Exception {
        runWriters("whole");
    }

    /** The same race through the change journal: appends are checked under the same lock and revision. */
    @Test
    void twoProcessesJournalingTheSameLayerLoseNoUpdate() throws Exception {
        runWriters("journal");
    }

    private void runWriters(String mode) throws Exception {
        CorpusStore.create(dir, StoreFixtures.settings())
                .addDocument(StoreFixtures.plainDocument("d", "x".repeat(WRITERS * SPANS_EACH)));
        List<Process> processes = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            processes.add(start(w, mode));
        }
        for (Process process : processes) {
            assertTrue(process.waitFor(3, TimeUnit.MINUTES), "writer process did not finish");
            assertEquals(0, process.exitValue(), "writer process failed");
        }
        Layer result = CorpusStore.open(dir).loadLayer("d", LayerOwner.annotator("alice"));
        Set<String> expected = new HashSet<>();
        for (int w = 0; w < WRITERS; w++) {
            for (int i = 0; i < SPANS_EACH; i++) {
                expected.add("p" + w + "-" + i);
            }
        }
        assertEquals(expected, new HashSet<>(result.spans().stream().map(Span::id).toList()));
        assertEquals(WRITERS * SPANS_EACH, result.revision());
    }

    private Process start(int writer, String mode) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                LayerWriterProcess.class.getName(), dir.toString(), String.valueOf(writer), String.valueOf(SPANS_EACH), mode)
                .inheritIO().start();
    }
}
