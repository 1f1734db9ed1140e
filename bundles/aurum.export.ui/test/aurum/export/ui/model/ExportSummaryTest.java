package aurum.export.ui.model;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import aurum.corpus.store.CorpusStore;
import aurum.export.CorpusExport;
import aurum.export.ExportOptions;
import aurum.export.ExportProgress;
import aurum.export.ExportResult;
import aurum.export.ExporterRegistry;
import aurum.export.OverlapPolicy;
import aurum.export.SplitSpec;

class ExportSummaryTest {

    @Test
    void theSummaryNamesOnlyWhatTheFormatUses(@TempDir Path dir) throws Exception {
        CorpusFacts facts = Corpora.facts(Corpora.sample(dir.resolve("c")));
        ExportOptions o = ExportOptions.defaults().withSplit(SplitSpec.parse("80/10/10"), 7, true);
        String conll = ExportSummary.before(facts, ExporterRegistry.builtIn().find("conll").orElseThrow(), o, dir.resolve("out"));
        assertTrue(conll.contains("Split: train/dev/test = 80/10/10, seed 7, stratified by label"), conll);
        assertTrue(conll.contains("Tag scheme: IOB2"), conll);
        assertTrue(conll.contains("Layer: gold (2 documents have one)"), conll);
        assertFalse(conll.contains("Offsets"), conll);
        String jsonl = ExportSummary.before(facts, ExporterRegistry.builtIn().find("jsonl").orElseThrow(), o, dir.resolve("out"));
        assertTrue(jsonl.contains("Offsets: UTF-16 units"), jsonl);
        assertFalse(jsonl.contains("Tag scheme"), jsonl);
    }

    @Test
    void theResultGivesCountsPerSplitAndWhatWasDropped(@TempDir Path dir) throws Exception {
        CorpusStore store = Corpora.sample(dir.resolve("c"));
        ExportResult result = CorpusExport.run(store, ExporterRegistry.builtIn().find("conll").orElseThrow(),
                ExportOptions.defaults().withOverlap(OverlapPolicy.KEEP_LONGEST), dir.resolve("out"), ExportProgress.NONE);
        String text = ExportSummary.after(result);
        assertTrue(text.startsWith("all: 2 documents, 4 spans"), text);
        assertTrue(text.contains("1 documents skipped"), text);
        assertTrue(text.contains("Written to " + result.directory()), text);
    }
}
