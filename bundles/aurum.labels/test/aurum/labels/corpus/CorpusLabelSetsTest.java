package aurum.labels.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import aurum.core.model.LabelDefinition;
import aurum.core.model.LabelSet;
import aurum.core.model.LabelSetRef;
import aurum.corpus.store.CorpusSettings;
import aurum.corpus.store.CorpusStore;
import aurum.labels.format.LabelSetFormatException;
import aurum.labels.registry.LabelSetRegistry;

class CorpusLabelSetsTest {

    private static final LabelSet INSTALLED = new LabelSet("news", "News", "1.0.0",
            List.of(LabelDefinition.of("GPE", "Place")));
    private static final LabelSetRegistry REGISTRY = () -> List.of(INSTALLED);

    @TempDir
    Path dir;

    @Test
    void withoutAFileTheInstalledSetNamedInCorpusJsonIsUsed() throws Exception {
        CorpusStore store = CorpusStore.create(dir.resolve("c"), CorpusSettings.of("c", INSTALLED.ref()));
        CorpusLabelSet resolved = new CorpusLabelSets(REGISTRY).resolve(store);
        assertEquals(INSTALLED, resolved.labelSet());
        assertFalse(resolved.fromCorpusFile());
    }

    @Test
    void theCorpusFileComesFirstAndNeedsNoPlugin() throws Exception {
        LabelSet own = new LabelSet("mine", "Mine", "0.3.0", List.of(LabelDefinition.of("DRUG", "Drug \u201Cname\u201D")));
        CorpusStore store = CorpusStore.create(dir.resolve("c"), CorpusSettings.of("c", own.ref()));
        CorpusLabelSets.writeCorpusFile(store.directory(), own);
        CorpusLabelSet resolved = new CorpusLabelSets(List::of).resolve(store);
        assertEquals(own, resolved.labelSet());
        assertTrue(resolved.fromCorpusFile());
        assertEquals(List.of(), resolved.warnings());
    }

    @Test
    void aFileThatDisagreesWithCorpusJsonIsUsedWithAWarning() throws Exception {
        CorpusStore store = CorpusStore.create(dir.resolve("c"), CorpusSettings.of("c", INSTALLED.ref()));
        CorpusLabelSets.writeCorpusFile(store.directory(), new LabelSet("news", "News", "2.0.0", INSTALLED.labels()));
        CorpusLabelSet resolved = new CorpusLabelSets(REGISTRY).resolve(store);
        assertEquals("2.0.0", resolved.labelSet().version());
        assertTrue(resolved.warnings().get(0).contains("news@1.0.0"), resolved.warnings().toString());
    }

    @Test
    void aMissingLabelSetSaysWhatIsInstalledAndWhatToDo() throws Exception {
        CorpusStore store = CorpusStore.create(dir.resolve("c"), CorpusSettings.of("c", new LabelSetRef("med", "1.0.0")));
        LabelSetFormatException e = assertThrows(LabelSetFormatException.class,
                () -> new CorpusLabelSets(REGISTRY).resolve(store));
        assertTrue(e.getMessage().contains("med@1.0.0") && e.getMessage().contains("installed: news@1.0.0")
                && e.getMessage().contains("labelset.json"), e.getMessage());
    }

    @Test
    void aMalformedCorpusFileIsNamedWithItsJsonPath() throws Exception {
        CorpusStore store = CorpusStore.create(dir.resolve("c"), CorpusSettings.of("c", INSTALLED.ref()));
        Files.writeString(store.directory().resolve("labelset.json"),
                "{\"id\":\"x\",\"version\":\"1\",\"labels\":[{\"id\":\"A\",\"hotkey\":\"ab\"}]}");
        LabelSetFormatException e = assertThrows(LabelSetFormatException.class,
                () -> new CorpusLabelSets(REGISTRY).resolve(store));
        assertTrue(e.getMessage().contains("labelset.json") && e.getMessage().contains("labels[0].hotkey"),
                e.getMessage());
    }
}
