package aurum.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import aurum.core.model.Span;
import aurum.core.text.UnicodeWhitespace;
import aurum.corpus.importer.ImportProgress;
import aurum.corpus.importer.ImportedDocument;
import aurum.corpus.importer.Importer;
import aurum.corpus.importer.Importers;
import aurum.corpus.importer.OffsetUnit;
import aurum.corpus.store.CorpusStore;

/**
 * Property: exporting random documents and importing the result with Aurum's own importers gives back
 * the same spans. Seeded, so a failure names a reproducible case.
 */
class RoundTripTest {

    private static final int DOCUMENTS = 30;
    private static final ImportProgress QUIET = new ImportProgress() {
        @Override
        public void worked(long done, long total) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    @TempDir
    Path tmp;

    /** document id → "start end label" lines (or label + covered text without whitespace), sorted. */
    private Map<String, List<String>> expected = new TreeMap<>();

    private CorpusStore corpus(long seed, boolean overlaps, boolean byText) throws IOException {
        CorpusStore store = Fixtures.corpus(tmp.resolve("corpus-" + System.nanoTime()));
        Random random = new Random(seed);
        expected = new TreeMap<>();
        java.util.Set<String> texts = new java.util.HashSet<>();
        for (int i = 0; i < DOCUMENTS; i++) {
            RandomDocuments.Doc doc = RandomDocuments.next(random, overlaps);
            while (!texts.add(doc.text())) { // the store keeps one copy of a text
                doc = RandomDocuments.next(random, overlaps);
            }
            String id = String.format("doc-%03d", i);
            Fixtures.gold(store, id, doc.text(), RandomDocuments.triples(doc));
            List<String> keys = new ArrayList<>();
            for (int[] s : doc.spans()) {
                keys.add(byText ? key(doc.label(s), doc.text().substring(s[0], s[1])) : s[0] + " " + s[1] + " " + doc.label(s));
            }
            keys.sort(null);
            expected.put(id, keys);
        }
        return store;
    }

    private static String key(String label, String covered) {
        StringBuilder squeezed = new StringBuilder();
        covered.codePoints().filter(cp -> !UnicodeWhitespace.isBlank(cp)).forEach(squeezed::appendCodePoint);
        return label + " " + squeezed;
    }

    private Map<String, List<String>> reimport(Importer importer, Path source, boolean byText, boolean renumber) throws Exception {
        Map<String, List<String>> found = new TreeMap<>();
        List<ImportedDocument> docs = new ArrayList<>();
        importer.read(source, docs::add, QUIET);
        for (int i = 0; i < docs.size(); i++) {
            ImportedDocument d = docs.get(i);
            List<String> keys = new ArrayList<>();
            for (Span s : d.spans()) {
                keys.add(byText ? key(s.labelId(), s.coveredText(d.document().text())) : s.start() + " " + s.end() + " " + s.labelId());
            }
            keys.sort(null);
            found.put(renumber ? String.format("doc-%03d", i) : d.document().id(), keys);
        }
        return found;
    }

    private Path export(CorpusStore store, String format, ExportOptions options) throws ExportException {
        Path out = tmp.resolve(format + "-" + System.nanoTime());
        CorpusExport.run(store, ExporterRegistry.builtIn().find(format).orElseThrow(), options.withExcludeRegions(false), out,
                ExportProgress.NONE);
        return out;
    }

    @Test
    void bratGivesBackEverySpanWithOverlaps() throws Exception {
        for (long seed = 1; seed <= 2; seed++) {
            CorpusStore store = corpus(seed, true, false);
            Path out = export(store, "brat", ExportOptions.defaults());
            assertEquals(expected, reimport(Importers.brat(), out.resolve("all"), false, false), "seed " + seed);
        }
    }

    @Test
    void jsonlGivesBackEverySpanInEachOffsetUnit() throws Exception {
        CorpusStore store = corpus(11, true, false);
        for (OffsetUnit unit : OffsetUnit.values()) {
            Path out = export(store, "jsonl", ExportOptions.defaults().withOffsetUnit(unit));
            assertEquals(expected, reimport(Importers.jsonl(unit), out.resolve("all.jsonl"), false, false), unit.name());
        }
    }

    @Test
    void conllGivesBackEverySpanInIob1AndIob2() throws Exception {
        for (long seed = 21; seed <= 22; seed++) {
            CorpusStore store = corpus(seed, false, true);
            for (TagScheme scheme : List.of(TagScheme.IOB1, TagScheme.IOB2)) {
                Path out = export(store, "conll", ExportOptions.defaults().withTagScheme(scheme));
                // the importer rebuilds the text from tokens, so compare labels and covered characters
                assertEquals(expected, reimport(Importers.conll(), out.resolve("all.conll"), true, true), scheme + " seed " + seed);
            }
        }
    }

    @Test
    void webAnnoTsvGivesBackEverySpanWithOverlaps() throws Exception {
        CorpusStore store = corpus(31, true, false);
        Path out = export(store, "tsv3", ExportOptions.defaults());
        assertEquals(expected, reimport(Importers.webAnnoTsv(), out.resolve("all"), false, false));
    }

    @Test
    void exportingTwiceGivesByteIdenticalData() throws Exception {
        CorpusStore store = corpus(5, false, false);
        ExportOptions options = ExportOptions.defaults().withSplit(SplitSpec.parse("60/20/20"), 9, false);
        Path a = export(store, "conll", options);
        Path b = export(store, "conll", options);
        for (String file : List.of("train.conll", "dev.conll", "test.conll", "report.jsonl", "manifest.json")) {
            assertEquals(java.nio.file.Files.readString(a.resolve(file)), java.nio.file.Files.readString(b.resolve(file)), file);
        }
    }
}
