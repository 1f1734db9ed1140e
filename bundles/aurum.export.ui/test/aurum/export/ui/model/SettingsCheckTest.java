package aurum.export.ui.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import aurum.core.model.LayerState;
import aurum.corpus.store.CorpusStore;
import aurum.export.LayerSelection;

class SettingsCheckTest {

    private static Message error(Optional<Message> m) {
        assertTrue(m.isPresent(), "a message");
        assertEquals(Message.Severity.ERROR, m.get().severity(), m.get().text());
        return m.get();
    }

    @Test
    void splitSharesMustAddUpToAHundred() {
        ExportSettings s = new ExportSettings();
        s.split = "80/10";
        Message m = error(SettingsCheck.optionsPage(s));
        assertTrue(m.text().startsWith("Split: 80/10 adds up to 90"), m.text());
        s.split = "80/10/x";
        assertTrue(error(SettingsCheck.optionsPage(s)).text().contains("'x'"));
        s.split = "50/20/20/10";
        assertTrue(error(SettingsCheck.optionsPage(s)).text().startsWith("Split:"));
        for (String good : new String[] {"80/10/10", "90/10", "100", "", " 70 / 15 / 15 "}) {
            s.split = good;
            assertEquals(Optional.empty(), SettingsCheck.optionsPage(s), good);
        }
    }

    @Test
    void theSeedIsAWholeNumber() {
        ExportSettings s = new ExportSettings();
        s.seed = "1.5";
        assertTrue(error(SettingsCheck.optionsPage(s)).text().startsWith("Seed: '1.5'"));
    }

    @Test
    void theSelectionNeedsAStateALabelAndAnAnnotatorThatExists(@TempDir Path dir) throws Exception {
        CorpusFacts facts = Corpora.facts(Corpora.sample(dir.resolve("c")));
        ExportSettings s = new ExportSettings();
        assertEquals(Optional.empty(), SettingsCheck.selectionPage(s, facts));
        s.layer = LayerSelection.Kind.ANNOTATOR;
        s.annotator = "carol";
        assertTrue(error(SettingsCheck.selectionPage(s, facts)).text().startsWith("Layer:"));
        s.annotator = "alice";
        assertEquals(Optional.empty(), SettingsCheck.selectionPage(s, facts));
        s.states = EnumSet.noneOf(LayerState.class);
        assertTrue(error(SettingsCheck.selectionPage(s, facts)).text().startsWith("Document states:"));
        s.states = EnumSet.of(LayerState.DONE);
        s.labels = Set.of();
        assertTrue(error(SettingsCheck.selectionPage(s, facts)).text().startsWith("Labels:"));
        s.labels = Set.of("LOC");
        s.labelMap.put("LOC", "PLACE NAME");
        Message m = error(SettingsCheck.selectionPage(s, facts));
        assertTrue(m.text().startsWith("Label mapping: 'PLACE NAME' for LOC"), m.text());
    }

    @Test
    void goldWithoutAnyGoldLayerAndAMajorityOfOneAreWarnings(@TempDir Path dir) throws Exception {
        CorpusStore store = Corpora.create(dir.resolve("c"));
        Corpora.layer(store, "a", "Tokyo.", aurum.core.model.LayerOwner.annotator("alice"), LayerState.DONE, 0, 5, "LOC");
        CorpusFacts facts = Corpora.facts(store);
        ExportSettings s = new ExportSettings();
        Message gold = SettingsCheck.selectionPage(s, facts).orElseThrow();
        assertEquals(Message.Severity.WARNING, gold.severity());
        assertTrue(gold.text().contains("no document has a gold layer"), gold.text());
        s.layer = LayerSelection.Kind.MAJORITY;
        Message majority = SettingsCheck.selectionPage(s, facts).orElseThrow();
        assertEquals(Message.Severity.WARNING, majority.severity());
        assertTrue(majority.text().contains("two or more annotators"), majority.text());
    }

    @Test
    void theFormatPageNeedsAFormatAndAFolder(@TempDir Path dir) throws Exception {
        CorpusFacts facts = Corpora.facts(Corpora.sample(dir.resolve("c")));
        ExportSettings s = new ExportSettings();
        assertTrue(error(SettingsCheck.formatPage(s, facts)).text().startsWith("Format:"));
        s.format = "conll";
        assertTrue(error(SettingsCheck.formatPage(s, facts)).text().startsWith("Output folder:"));
        s.outputFolder = dir.resolve("out").toString();
        assertEquals(Optional.empty(), SettingsCheck.formatPage(s, facts));
        s.split = "80/10";
        assertTrue(error(SettingsCheck.firstError(s, facts)).text().startsWith("Split:"));
        assertEquals("news-desk-conll", SettingsCheck.subfolderName(s, facts));
    }
}
