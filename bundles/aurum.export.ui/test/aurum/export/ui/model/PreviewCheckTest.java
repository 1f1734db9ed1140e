package aurum.export.ui.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import aurum.export.ExportOptions;
import aurum.export.ExportPreview;
import aurum.export.Exporter;
import aurum.export.ExporterRegistry;
import aurum.export.OverlapPolicy;
import aurum.export.SplitSpec;

/** The summary page's count of what an export writes, and what in it stops Finish, in the wizard's words. */
class PreviewCheckTest {

    private static final Exporter CONLL = ExporterRegistry.builtIn().find("conll").orElseThrow();
    private static final Exporter JSONL = ExporterRegistry.builtIn().find("jsonl").orElseThrow();

    private static ExportPreview preview(long documents, long spans, long overlapping, int... perSplit) {
        Map<String, Integer> splits = new LinkedHashMap<>();
        String[] names = perSplit.length == 1 ? new String[] {"all"} : new String[] {"train", "dev", "test"};
        for (int i = 0; i < perSplit.length; i++) {
            splits.put(names[i], perSplit[i]);
        }
        return new ExportPreview(5, documents, 5 - documents, spans, splits, overlapping, overlapping > 0 ? 1 : 0);
    }

    @Test
    void nestedSpansUnderTheDefaultPolicyAreCountedAndExplainedNotRefused() {
        ExportOptions o = ExportOptions.defaults().withOverlap(OverlapPolicy.KEEP_LONGEST);
        ExportPreview p = preview(4, 57, 2, 4);
        assertEquals(Optional.empty(), PreviewCheck.problem(p, CONLL, o));
        String text = PreviewCheck.describe(p, CONLL, o);
        assertTrue(text.contains("Documents exported: 4 of 5 (1 skipped: no gold layer"), text);
        assertTrue(text.contains("Overlapping spans: 2 spans in 1 document overlap another span; the longest span of"
                + " each overlapping group is kept"), text);
        assertFalse(text.contains("--"), "no command-line option: " + text);
    }

    @Test
    void stoppingOnOverlapsIsCaughtBeforeFinishForFlatFormatsOnly() {
        ExportOptions o = ExportOptions.defaults().withOverlap(OverlapPolicy.FAIL);
        Message problem = PreviewCheck.problem(preview(4, 57, 2, 4), CONLL, o).orElseThrow();
        assertTrue(problem.isError());
        assertTrue(problem.text().startsWith("Overlapping spans: 2 spans in 1 document overlap another span, and conll"),
                problem.text());
        assertFalse(problem.text().contains("--"), problem.text());
        assertEquals(Optional.empty(), PreviewCheck.problem(preview(4, 57, 2, 4), JSONL, o), "JSONL keeps overlaps");
    }

    @Test
    void anEmptySplitIsAnErrorWithTheCounts() {
        ExportOptions o = ExportOptions.defaults().withSplit(SplitSpec.parse("80/10/10"), 1, false);
        Message problem = PreviewCheck.problem(preview(3, 9, 0, 3, 0, 0), CONLL, o).orElseThrow();
        assertEquals("Split: 80/10/10 of 3 documents leaves dev and test without documents (train 3, dev 0, test 0)."
                + " Go back to Splits and Options and choose a split with fewer parts, such as 100, or export more"
                + " documents.", problem.text());
        assertTrue(PreviewCheck.describe(preview(3, 9, 0, 3, 0, 0), CONLL, o).contains("Documents per split: train 3,"
                + " dev 0, test 0"));
    }

    @Test
    void nothingToExportNamesTheLayerAndThePageToChange() {
        ExportOptions o = ExportOptions.defaults();
        assertTrue(PreviewCheck.problem(preview(0, 0, 0, 0), CONLL, o).orElseThrow().text()
                .contains("none of the 5 documents has a gold layer in a checked state. Go back to What to Export"));
        assertTrue(PreviewCheck.problem(preview(2, 0, 0, 2), CONLL, o).orElseThrow().text()
                .contains("hold no span of the checked labels"));
    }
}
