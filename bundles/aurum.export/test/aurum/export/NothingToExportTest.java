package aurum.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import aurum.core.model.LayerOwner;
import aurum.core.model.LayerState;
import aurum.corpus.store.CorpusStore;

/** An export that would write nothing useful stops before writing, with the counts; the preview says so first. */
class NothingToExportTest {

    @TempDir
    Path tmp;
    private CorpusStore store;

    @BeforeEach
    void corpus() throws IOException {
        store = Fixtures.corpus(tmp.resolve("corpus"));
    }

    private NothingToExportException refused(ExportOptions options) {
        Path target = tmp.resolve("out");
        NothingToExportException e = assertThrows(NothingToExportException.class, () -> CorpusExport.run(store,
                ExporterRegistry.builtIn().find("conll").orElseThrow(), options, target, ExportProgress.NONE,
                ExportGuard.USEFUL));
        assertFalse(Files.exists(target), "nothing is written");
        try (Stream<Path> left = Files.list(tmp)) {
            assertEquals(List.of("corpus"), left.map(p -> p.getFileName().toString()).toList(), "no staging folder is left");
        } catch (IOException io) {
            throw new AssertionError(io);
        }
        return e;
    }

    @Test
    void noDocumentWithTheChosenLayerStopsBeforeWriting() throws Exception {
        Fixtures.add(store, "a", "Kato spoke.\n", LayerOwner.annotator("alice"), LayerState.DONE, 0, 4, "PER");
        NothingToExportException e = refused(ExportOptions.defaults());
        assertEquals(NothingToExportException.Reason.NO_DOCUMENTS, e.reason());
        assertEquals(1, e.preview().skippedDocuments());
        assertTrue(e.getMessage().contains("none of the 1 documents has a gold layer"), e.getMessage());
        assertFalse(e.getMessage().contains("--"), "no command-line option in the core's message: " + e.getMessage());
    }

    @Test
    void selectedDocumentsWithoutSpansOfTheChosenLabelsStopBeforeWriting() throws Exception {
        Fixtures.gold(store, "a", "Kato spoke.\n", 0, 4, "PER");
        NothingToExportException e = refused(ExportOptions.defaults().withLabels(Set.of("LOC")));
        assertEquals(NothingToExportException.Reason.NO_SPANS, e.reason());
        assertTrue(e.getMessage().contains("hold no span of the labels LOC"), e.getMessage());
    }

    @Test
    void aSplitThatWouldBeEmptyStopsBeforeWritingWithTheCounts() throws Exception {
        for (String id : List.of("a", "b", "c")) {
            Fixtures.gold(store, id, "Kato spoke to " + id + ".\n", 0, 4, "PER");
        }
        ExportOptions split = ExportOptions.defaults().withSplit(SplitSpec.parse("80/10/10"), 1, false);
        ExportPreview preview = CorpusExport.preview(store, split, ExportProgress.NONE);
        assertEquals(3, preview.documents());
        assertEquals(3, preview.documentsPerSplit().values().stream().mapToInt(Integer::intValue).sum());
        if (preview.emptySplits().isEmpty()) {
            return; // the splitter gives every split a document: nothing to refuse
        }
        NothingToExportException e = refused(split);
        assertEquals(NothingToExportException.Reason.EMPTY_SPLIT, e.reason());
        assertTrue(e.getMessage().contains("of 3 documents leaves") && e.getMessage().contains(preview.splitCounts()),
                e.getMessage());
    }

    @Test
    void twoDocumentsCannotFillThreeSplits() throws Exception {
        Fixtures.gold(store, "a", "Kato spoke.\n", 0, 4, "PER");
        Fixtures.gold(store, "b", "Abe spoke.\n", 0, 3, "PER");
        NothingToExportException e = refused(ExportOptions.defaults().withSplit(SplitSpec.parse("80/10/10"), 7, false));
        assertEquals(NothingToExportException.Reason.EMPTY_SPLIT, e.reason());
        assertFalse(e.preview().emptySplits().isEmpty(), e.preview().splitCounts());
    }

    @Test
    void withoutTheGuardAnExportOfTextsAloneStillGoesAhead() throws Exception {
        Fixtures.gold(store, "a", "Kato spoke.\n");
        CorpusExport.run(store, ExporterRegistry.builtIn().find("jsonl").orElseThrow(), ExportOptions.defaults(),
                tmp.resolve("texts"), ExportProgress.NONE);
        assertTrue(Files.exists(tmp.resolve("texts/all.jsonl")));
    }

    @Test
    void thePreviewCountsOverlappingSpansWithoutWriting() throws Exception {
        String text = "The US Department of Defense said so.\n";
        // "US Department of Defense" ORG with "US" GPE nested in it; "said" alone
        Fixtures.gold(store, "d", text, 4, 28, "ORG", 4, 6, "GPE", 29, 33, "PER");
        Fixtures.gold(store, "e", "Abe spoke.\n", 0, 3, "PER");
        ExportPreview preview = CorpusExport.preview(store, ExportOptions.defaults(), ExportProgress.NONE);
        assertEquals(2, preview.documents());
        assertEquals(4, preview.spans());
        assertEquals(2, preview.overlappingSpans());
        assertEquals(1, preview.overlappingDocuments());
        assertEquals(Map.of("all", 2), preview.documentsPerSplit());
        assertFalse(Files.exists(tmp.resolve("out")));
    }
}
