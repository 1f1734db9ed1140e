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

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import aurum.core.model.LayerOwner;
import aurum.core.model.LayerState;
import aurum.corpus.store.CorpusStore;

/** Boundary, overlap and selection policies, each visible in the output and in report.jsonl. */
class PoliciesTest {

    @TempDir
    Path tmp;
    private CorpusStore store;
    private int run;

    @BeforeEach
    void corpus() throws IOException {
        store = Fixtures.corpus(tmp.resolve("corpus"));
    }

    private Path export(String format, ExportOptions options) throws ExportException {
        Path out = tmp.resolve("out" + ++run);
        CorpusExport.run(store, ExporterRegistry.builtIn().find(format).orElseThrow(), options.withExcludeRegions(false),
                out, ExportProgress.NONE);
        return out;
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file);
    }

    @Test
    void aSpanEndingInsideATokenIsExpandedSplitOrDroppedAndReported() throws Exception {
        // "Tokyoites" with a span on "Tokyo" only
        Fixtures.gold(store, "d", "Tokyoites cheered.\n", 0, 5, "LOC");
        Path expand = export("conll", ExportOptions.defaults());
        assertTrue(read(expand.resolve("all.conll")).contains("Tokyoites _ _ B-LOC"));
        assertTrue(read(expand.resolve("report.jsonl")).contains("\"action\":\"expanded\""));
        Path split = export("conll", ExportOptions.defaults().withBoundary(BoundaryPolicy.SPLIT));
        assertTrue(read(split.resolve("all.conll")).contains("Tokyo _ _ B-LOC\nites _ _ O"));
        assertTrue(read(split.resolve("report.jsonl")).contains("\"action\":\"split-token\""));
        Path drop = export("conll", ExportOptions.defaults().withBoundary(BoundaryPolicy.DROP));
        assertTrue(read(drop.resolve("all.conll")).contains("Tokyoites _ _ O"));
        assertTrue(read(drop.resolve("report.jsonl")).contains("\"start\":0,\"end\":5,\"label\":\"LOC\",\"action\":\"dropped\""));
        assertTrue(read(drop.resolve("manifest.json")).contains("\"dropped\": 1"));
    }

    @Test
    void overlapPoliciesKeepTheRightSpanAndListEveryDroppedOne() throws Exception {
        String text = "Prime Minister Kishida spoke.\n";
        Fixtures.gold(store, "d", text, 0, 22, "OFFICIAL", 15, 22, "PER", 0, 5, "RANK");
        ExportException fail = assertThrows(ExportException.class, () -> export("conll", ExportOptions.defaults()));
        assertTrue(fail.getMessage().contains("document d") && fail.getMessage().contains("overlaps"), fail.getMessage());

        Path longest = export("conll", ExportOptions.defaults().withOverlap(OverlapPolicy.KEEP_LONGEST));
        assertTrue(read(longest.resolve("all.conll")).contains("Prime _ _ B-OFFICIAL\nMinister _ _ I-OFFICIAL\nKishida _ _ I-OFFICIAL"));
        List<String> report = read(longest.resolve("report.jsonl")).lines().toList();
        assertEquals(2, report.size(), report.toString());
        assertTrue(report.stream().allMatch(l -> l.contains("dropped") && l.contains("keep-longest")));

        Path first = export("opennlp", ExportOptions.defaults().withOverlap(OverlapPolicy.KEEP_FIRST));
        assertTrue(read(first.resolve("all.train")).startsWith("<START:OFFICIAL> Prime Minister Kishida <END> spoke ."));

        Path perLabel = export("conll", ExportOptions.defaults().withOverlap(OverlapPolicy.ONE_FILE_PER_LABEL));
        assertTrue(read(perLabel.resolve("by-label/PER/all.conll")).contains("Minister _ _ O\nKishida _ _ B-PER"));
        assertTrue(read(perLabel.resolve("by-label/RANK/all.conll")).contains("Prime _ _ B-RANK\nMinister _ _ O"));
        assertTrue(read(perLabel.resolve("manifest.json")).contains("\"OFFICIAL\": 1"));
    }

    @Test
    void characterFormatsKeepOverlapsAndTsvStacksThem() throws Exception {
        Fixtures.gold(store, "d", "Prime Minister Kishida spoke.\n", 0, 22, "OFFICIAL", 15, 22, "PER");
        assertTrue(read(export("jsonl", ExportOptions.defaults()).resolve("all.jsonl")).contains(
                "\"spans\":[{\"start\":0,\"end\":22,\"label\":\"OFFICIAL\"},{\"start\":15,\"end\":22,\"label\":\"PER\"}]"));
        String tsv = read(export("tsv3", ExportOptions.defaults()).resolve("all/d.tsv"));
        assertTrue(tsv.contains("1-3\t15-22\tKishida\t*[1]|*[2]\tOFFICIAL[1]|PER[2]\t"), tsv);
    }

    @Test
    void labelsAreFilteredThenMappedAndMerged() throws Exception {
        Fixtures.gold(store, "d", "Kato met Abe in Osaka.\n", 0, 4, "PER", 9, 12, "OFFICIAL", 16, 21, "LOC");
        ExportOptions options = ExportOptions.defaults().withLabels(Set.of("PER", "OFFICIAL"))
                .withLabelMap(Map.of("OFFICIAL", "PER"));
        String conll = read(export("conll", options).resolve("all.conll"));
        assertTrue(conll.contains("Kato _ _ B-PER") && conll.contains("Abe _ _ B-PER") && conll.contains("Osaka _ _ O"), conll);
    }

    @Test
    void aSubTypePatternFoldsChildLabelsIntoTheirParentOrSelectsThem() throws Exception {
        Fixtures.gold(store, "w", "Hypersonic weapons and space-based capabilities, said Kato.\n", 0, 18,
                "WEAPON.HYPERSONIC", 23, 47, "WEAPON.SPACE", 54, 58, "PER");
        String fine = read(export("conll", ExportOptions.defaults()).resolve("all.conll"));
        assertTrue(fine.contains("Hypersonic _ _ B-WEAPON.HYPERSONIC") && fine.contains("space _ _ B-WEAPON.SPACE"), fine);
        String coarse = read(export("conll", ExportOptions.defaults().withLabelMap(Map.of("WEAPON.*", "WEAPON")))
                .resolve("all.conll"));
        assertTrue(coarse.contains("Hypersonic _ _ B-WEAPON") && coarse.contains("space _ _ B-WEAPON")
                && coarse.contains("capabilities _ _ I-WEAPON") && coarse.contains("Kato _ _ B-PER"), coarse);
        assertFalse(coarse.contains("WEAPON."), coarse);
        String weaponsOnly = read(export("conll", ExportOptions.defaults().withLabels(Set.of("WEAPON.*")))
                .resolve("all.conll"));
        assertTrue(weaponsOnly.contains("B-WEAPON.SPACE") && weaponsOnly.contains("Kato _ _ O"), weaponsOnly);
    }

    @Test
    void anExactEntryWinsOverTheSubTypePatternOfItsParent() {
        ExportOptions options = ExportOptions.defaults()
                .withLabelMap(Map.of("WEAPON.*", "WEAPON", "WEAPON.NUCLEAR", "NUKE", "A.B.*", "AB"));
        assertEquals("NUKE", options.outputLabel("WEAPON.NUCLEAR"));
        assertEquals("WEAPON", options.outputLabel("WEAPON.SPACE"));
        assertEquals("WEAPON", options.outputLabel("WEAPON"), "the pattern covers what is below WEAPON; WEAPON stays");
        assertEquals("AB", options.outputLabel("A.B.C.D"), "the nearest ancestor's pattern");
        assertEquals("A.X", options.outputLabel("A.X"));
        assertFalse(ExportOptions.defaults().withLabels(Set.of("WEAPON.*")).selects("WEAPON"));
        assertTrue(ExportOptions.defaults().withLabels(Set.of("WEAPON.*")).selects("WEAPON.SPACE"));
    }

    @Test
    void statesAndLayersChooseTheDocuments() throws Exception {
        Fixtures.gold(store, "curated", "Kato spoke.\n", 0, 4, "PER");
        Fixtures.add(store, "wip", "Abe spoke.\n", LayerOwner.GOLD, LayerState.IN_PROGRESS, 0, 3, "PER");
        Fixtures.add(store, "alice-only", "Ono spoke.\n", LayerOwner.annotator("alice"), LayerState.DONE, 0, 3, "PER");
        Path curated = export("conll", ExportOptions.defaults().withStates(Set.of(LayerState.CURATED)));
        String conll = read(curated.resolve("all.conll"));
        assertTrue(conll.contains("Kato") && !conll.contains("Abe") && !conll.contains("Ono"), conll);
        assertTrue(read(curated.resolve("manifest.json")).contains("\"skippedDocuments\": 2"));
        String alice = read(export("conll", ExportOptions.defaults().withLayer(LayerSelection.parse("annotator:alice")))
                .resolve("all.conll"));
        assertTrue(alice.contains("Ono _ _ B-PER") && !alice.contains("Kato"), alice);
    }

    @Test
    void majorityKeepsSpansMostAnnotatorsMade() throws Exception {
        String text = "Kato met Abe.\n";
        Fixtures.add(store, "d", text, LayerOwner.annotator("a"), LayerState.DONE, 0, 4, "PER", 9, 12, "PER");
        Fixtures.add(store, "d", text, LayerOwner.annotator("b"), LayerState.DONE, 0, 4, "PER");
        Fixtures.add(store, "d", text, LayerOwner.annotator("c"), LayerState.DONE, 0, 4, "PER", 9, 12, "LOC");
        String conll = read(export("conll", ExportOptions.defaults().withLayer(LayerSelection.MAJORITY)).resolve("all.conll"));
        assertTrue(conll.contains("Kato _ _ B-PER") && conll.contains("Abe _ _ O"), conll);
    }

    @Test
    void excludedBoilerplateIsLeftOutOfTextAndSpans() throws Exception {
        Path sample = Path.of(System.getProperty("aurum.samples", "../../samples"), "us-japan-defense",
                "001_f678337dce6c3a19.txt");
        String text = Files.readString(sample);
        List<aurum.corpus.boilerplate.ExcludedRegion> regions = new aurum.corpus.boilerplate.BoilerplateDetector().propose(text);
        assertFalse(regions.isEmpty(), "the sample page has boilerplate");
        var region = regions.get(0);
        int inRegion = region.start();
        int end = inRegion + 1;
        while (end < region.end() && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        Fixtures.gold(store, "page", text, inRegion, end, "LOC");
        Path out = tmp.resolve("boiler");
        CorpusExport.run(store, ExporterRegistry.builtIn().find("jsonl").orElseThrow(), ExportOptions.defaults(), out,
                ExportProgress.NONE);
        String jsonl = read(out.resolve("all.jsonl"));
        assertFalse(jsonl.contains(com.google.gson.JsonParser.parseString("\"x\"").getAsString() + region.textIn(text).strip()
                .replace("\"", "\\\"")), "region text left out");
        assertTrue(jsonl.contains("\"spans\":[]"));
        assertTrue(read(out.resolve("report.jsonl")).contains("inside excluded region"));
    }

    @Test
    void anExistingNonEmptyFolderIsRefusedAndLeftAlone() throws Exception {
        Fixtures.gold(store, "d", "Kato spoke.\n", 0, 4, "PER");
        Path out = Files.createDirectories(tmp.resolve("taken"));
        Files.writeString(out.resolve("keep.txt"), "mine");
        ExportException e = assertThrows(ExportException.class, () -> CorpusExport.run(store,
                ExporterRegistry.builtIn().find("conll").orElseThrow(), ExportOptions.defaults(), out, ExportProgress.NONE));
        assertTrue(e.getMessage().contains("not empty"), e.getMessage());
        assertEquals("mine", Files.readString(out.resolve("keep.txt")));
    }
}
