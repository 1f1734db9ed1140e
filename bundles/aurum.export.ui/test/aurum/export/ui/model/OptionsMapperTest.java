package aurum.export.ui.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import aurum.core.model.LayerState;
import aurum.corpus.importer.OffsetUnit;
import aurum.corpus.store.CorpusStore;
import aurum.export.BoundaryPolicy;
import aurum.export.CorpusExport;
import aurum.export.ExportOptions;
import aurum.export.ExportProgress;
import aurum.export.ExporterRegistry;
import aurum.export.LayerSelection;
import aurum.export.OverlapPolicy;
import aurum.export.SplitSpec;
import aurum.export.TagScheme;

class OptionsMapperTest {

    @Test
    void theWizardDefaultsAreTheCommandLineDefaultsWithATrainDevTestSplitAndKeepTheLongestOfOverlaps(@TempDir Path dir)
            throws Exception {
        CorpusFacts facts = Corpora.facts(Corpora.sample(dir.resolve("c")));
        ExportOptions mapped = OptionsMapper.toOptions(new ExportSettings(), facts, "9.9");
        // nested spans, which the editor allows, must not stop an export started from the wizard
        ExportOptions expected = ExportOptions.defaults().withAurumVersion("9.9")
                .withSplit(SplitSpec.parse("80/10/10"), 1, false).withOverlap(OverlapPolicy.KEEP_LONGEST);
        assertEquals(expected, mapped);
        assertEquals(Set.of(), mapped.states(), "every state checked means all states");
        assertEquals(Set.of(), mapped.labels(), "every label checked means all labels");
    }

    @Test
    void everyChoiceReachesTheOptions(@TempDir Path dir) throws Exception {
        CorpusFacts facts = Corpora.facts(Corpora.sample(dir.resolve("c")));
        ExportSettings s = new ExportSettings();
        s.layer = LayerSelection.Kind.ANNOTATOR;
        s.annotator = "bob";
        s.states = EnumSet.of(LayerState.DONE);
        s.labels = new TreeSet<>(List.of("LOC", "ORG"));
        s.labelMap.put("ORG", " ORGANIZATION ");
        s.labelMap.put("LOC", "LOC");
        s.labelMap.put("PER", "  ");
        s.split = " 90/10 ";
        s.seed = "42";
        s.stratify = true;
        s.boundary = BoundaryPolicy.SPLIT;
        s.overlap = OverlapPolicy.KEEP_FIRST;
        s.scheme = TagScheme.IOB1;
        s.format = "jsonl"; // the wizard offers the offset unit for JSONL only
        s.offsets = OffsetUnit.UTF8_BYTES;
        s.keepBoilerplate = true;
        ExportOptions o = OptionsMapper.toOptions(s, facts, "v");
        assertEquals(new LayerSelection(LayerSelection.Kind.ANNOTATOR, "bob"), o.layer());
        assertEquals(Set.of(LayerState.DONE), o.states());
        assertEquals(Set.of("LOC", "ORG"), o.labels());
        assertEquals(Map.of("ORG", "ORGANIZATION"), o.labelMap(), "blank and unchanged names are no mapping");
        assertEquals(List.of("train", "test"), o.split().names());
        assertEquals(42, o.seed());
        assertTrue(o.stratify());
        assertEquals(BoundaryPolicy.SPLIT, o.boundary());
        assertEquals(OverlapPolicy.KEEP_FIRST, o.overlap());
        assertEquals(TagScheme.IOB1, o.tagScheme());
        assertEquals(OffsetUnit.UTF8_BYTES, o.offsetUnit());
        assertEquals(false, o.excludeRegions());
    }

    @Test
    void anEmptySplitIsOneFileAndMajorityNeedsNoName(@TempDir Path dir) throws Exception {
        CorpusFacts facts = Corpora.facts(Corpora.sample(dir.resolve("c")));
        ExportSettings s = new ExportSettings();
        s.split = "";
        s.layer = LayerSelection.Kind.MAJORITY;
        ExportOptions o = OptionsMapper.toOptions(s, facts, "v");
        assertEquals(SplitSpec.NONE, o.split());
        assertEquals(LayerSelection.MAJORITY, o.layer());
    }

    @Test
    void badSettingsAreRefusedNamingTheField(@TempDir Path dir) throws Exception {
        CorpusFacts facts = Corpora.facts(Corpora.sample(dir.resolve("c")));
        ExportSettings s = new ExportSettings();
        s.seed = "seven";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> OptionsMapper.toOptions(s, facts, "v"));
        assertTrue(e.getMessage().startsWith("Seed:"), e.getMessage());
    }

    @Test
    void theMappedOptionsExportWhatTheCommandLineOptionsExport(@TempDir Path dir) throws Exception {
        CorpusStore store = Corpora.sample(dir.resolve("c"));
        CorpusFacts facts = Corpora.facts(store);
        ExportSettings s = new ExportSettings();
        s.format = "jsonl";
        s.split = "";
        s.labelMap.put("LOC", "PLACE");
        var exporter = ExporterRegistry.builtIn().find("jsonl").orElseThrow();
        CorpusExport.run(store, exporter, OptionsMapper.toOptions(s, facts, "v"), dir.resolve("wizard"), ExportProgress.NONE);
        CorpusExport.run(store, exporter, ExportOptions.defaults().withAurumVersion("v").withLabelMap(Map.of("LOC", "PLACE")),
                dir.resolve("cli"), ExportProgress.NONE);
        String wizard = Files.readString(dir.resolve("wizard/all.jsonl"));
        assertEquals(Files.readString(dir.resolve("cli/all.jsonl")), wizard);
        assertTrue(wizard.contains("\"PLACE\""), wizard);
    }
}
