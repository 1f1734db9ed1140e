package aurum.export.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import aurum.core.model.Span;
import aurum.core.text.UnicodeWhitespace;
import aurum.corpus.importer.ConllColumns;
import aurum.corpus.importer.ImportException;
import aurum.corpus.importer.ImportedDocument;
import aurum.corpus.importer.Importer;
import aurum.corpus.importer.Importers;
import aurum.corpus.store.CorpusStore;
import aurum.export.ExportOptions;
import aurum.export.OverlapPolicy;
import aurum.export.ReportEntry;
import aurum.export.TagScheme;

/**
 * CoNLL files from DKPro Core's tests (CoNLL-2002 with two columns, the original CoNLL-2003 with four and
 * IOB1 tags, GermEval 2014 with a token number, nested entities and comment lines) and from doccano's
 * (tab-separated, trailing blank lines, a malformed first line): each imports to the spans DKPro Core's own
 * reader finds, at the same offsets where DKPro says them, and exported as CoNLL and imported again gives
 * the same labels over the same tokens, except the spans the export reports.
 */
class ConllConformanceTest {

    private static final String DKPRO = "dkpro-core/dkpro-core-io-conll-asl/src/test/resources/conll/";
    private static final String DOCCANO = "doccano/backend/data_import/";

    @TempDir
    Path tmp;

    private static List<String> covered(ImportedDocument d) {
        return d.spans().stream().map(s -> s.labelId() + "/" + s.coveredText(d.document().text())).toList();
    }

    @Test
    void conll2002WithTwoColumns() throws Exception {
        ImportedDocument d = RoundTrip.read(Importers.conll(), ConformanceFixtures.require(DKPRO + "2002/ner2002_test.conll")).only();
        assertEquals(List.of("PER/Wolff", "LOC/Argentina", "PER/Del Bosque", "ORG/Real Madrid"), covered(d));
        roundTrip(d, Importers.conll(), OverlapPolicy.FAIL);
    }

    @Test
    void conll2003OriginalWithFourColumnsAndIob1() throws Exception {
        ImportedDocument d = RoundTrip.read(Importers.conll(), ConformanceFixtures.require(DKPRO + "2003/en-orig.conll")).only();
        assertEquals("U.N. official Ekeus heads for Baghdad .", d.document().text());
        assertEquals(List.of("ORG/U.N.", "PER/Ekeus", "LOC/Baghdad"), covered(d));
        roundTrip(d, Importers.conll(), OverlapPolicy.FAIL);
    }

    @Test
    void germEvalGivesDkprosTextAndOffsetsAndKeepsTheNestedColumn() throws Exception {
        Path file = ConformanceFixtures.require(DKPRO + "2002/germeval2014_test.conll");
        String dkpro = Files.readString(ConformanceFixtures.require(DKPRO + "2002/germeval2014_test.conll.out"),
                StandardCharsets.UTF_8);
        ImportedDocument outer = RoundTrip.read(Importers.conll(ConllColumns.parse("2,3")), file).only();
        Matcher text = Pattern.compile("CAS-Text:\n(.*)\n").matcher(dkpro);
        assertTrue(text.find());
        assertEquals(text.group(1).strip(), outer.document().text(), "the text DKPro Core rebuilds");
        List<String> entities = new ArrayList<>();
        Matcher ne = Pattern.compile("NamedEntity\n   sofa: _InitialView\n   begin: (\\d+)\n   end: (\\d+)\n   value: \"([^\"]*)\"")
                .matcher(dkpro);
        while (ne.find()) {
            entities.add(ne.group(1) + " " + ne.group(2) + " " + ne.group(3));
        }
        assertEquals(5, entities.size());
        assertEquals(entities, outer.spans().stream().map(s -> s.start() + " " + s.end() + " " + s.labelId()).toList(),
                "the named entities DKPro Core's reader finds, at its offsets");

        RoundTrip.Imported both = RoundTrip.read(Importers.conll(), file);
        ImportedDocument d = both.only();
        assertEquals(List.of("LOC/Stuttgart", "LOC/Braunschweig", "LOC/Bonn", "LOCpart/Troia-Ausstellung",
                "OTH/Troia - Traum und Wirklichkeit", "LOC/Troia"), covered(d), "outer column, then the nested one");
        assertEquals(java.util.Map.of("comment", 1L), Expectations.skipped(both.allWarnings()));
        roundTrip(d, Importers.conll(), OverlapPolicy.KEEP_LONGEST);
    }

    @Test
    void doccanosFilesAndItsMalformedOne() throws Exception {
        ImportedDocument tabs = RoundTrip.read(Importers.conll(),
                ConformanceFixtures.require(DOCCANO + "tests/data/sequence_labeling/example.conll")).only();
        assertEquals("JAPAN GET\nNadim Ladki", tabs.document().text());
        assertEquals(List.of("LOC/JAPAN", "PER/Nadim Ladki"), covered(tabs));
        ImportedDocument trailing = RoundTrip.read(Importers.conll(),
                ConformanceFixtures.require(DOCCANO + "tests/data/sequence_labeling/labeling.trailing.conll")).only();
        assertEquals(List.of("LOC/JAPAN", "PER/CHINA"), covered(trailing));
        ImportedDocument spaces = RoundTrip.read(Importers.conll(),
                ConformanceFixtures.require(DOCCANO + "pipeline/examples/sequence_labeling/example.txt")).only();
        assertEquals(List.of("ORG/EU", "MISC/German", "MISC/British", "PER/Peter Blackburn"), covered(spaces));
        Path invalid = ConformanceFixtures.require(DOCCANO + "tests/data/sequence_labeling/labeling.invalid.conll");
        ImportException e = assertThrows(ImportException.class, () -> RoundTrip.read(Importers.conll(), invalid));
        assertEquals(1, e.line());
        assertTrue(e.getMessage().startsWith(invalid + ", line 1") && e.getMessage().contains("'SOCCERO' is not an IOB tag"),
                e.getMessage());
        roundTrip(tabs, Importers.conll(), OverlapPolicy.FAIL);
    }

    /**
     * Exports {@code original} as CoNLL in IOB1, IOB2 and BILOU and imports it again: the same labels over the
     * same characters (the text is rebuilt from tokens, so spacing may differ), less what the export reports.
     */
    private void roundTrip(ImportedDocument original, Importer importer, OverlapPolicy overlaps) throws Exception {
        for (TagScheme scheme : TagScheme.values()) {
            Path dir = tmp.resolve(original.document().id() + "-" + scheme + "-" + System.nanoTime());
            CorpusStore store = RoundTrip.corpus(dir.resolve("corpus"), List.of(original));
            Path export = RoundTrip.export(store, "conll",
                    ExportOptions.defaults().withTagScheme(scheme).withOverlap(overlaps), dir);
            List<String> expected = new ArrayList<>();
            for (Span s : original.spans()) {
                expected.add(key(s, original.document().text()));
            }
            for (ReportEntry r : RoundTrip.report(export)) {
                expected.remove(r.label() + " " + squeeze(original.document().text().substring(r.start(), r.end())));
            }
            ImportedDocument again = RoundTrip.read(importer, export.resolve("all.conll")).only();
            List<String> found = new ArrayList<>();
            again.spans().forEach(s -> found.add(key(s, again.document().text())));
            expected.sort(null);
            found.sort(null);
            assertEquals(expected, found, scheme + " round trip of " + original.document().id());
        }
    }

    private static String key(Span span, String text) {
        return span.labelId() + " " + squeeze(span.coveredText(text));
    }

    private static String squeeze(String covered) {
        StringBuilder out = new StringBuilder();
        covered.codePoints().filter(cp -> !UnicodeWhitespace.isBlank(cp)).forEach(out::appendCodePoint);
        return out.toString();
    }
}
