package aurum.export;

import static aurum.export.Fixtures.STORED;
import static aurum.export.Fixtures.TRICKY;
import static aurum.export.Fixtures.at;
import static aurum.export.Fixtures.concat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import aurum.corpus.importer.OffsetUnit;
import aurum.corpus.store.CorpusStore;

/** Each built-in format on one small document with every awkward character class. */
class FormatsTest {

    @TempDir
    Path tmp;
    private CorpusStore store;

    @BeforeEach
    void corpus() throws IOException {
        store = Fixtures.corpus(tmp.resolve("corpus"));
        Fixtures.gold(store, "tricky", TRICKY, concat(at(STORED, "Tokyo", 0, "LOC"), at(STORED, "Cafe\u0301", 0, "ORG"),
                at(STORED, "\uD83D\uDE80", 0, "WEAPON"), at(STORED, "$1.50", 0, "AMOUNT")));
    }

    private Path export(String format, ExportOptions options) throws ExportException {
        Path out = tmp.resolve(format + "-" + options.offsetUnit() + "-" + options.tagScheme());
        CorpusExport.run(store, ExporterRegistry.builtIn().find(format).orElseThrow(), options.withExcludeRegions(false),
                out, ExportProgress.NONE);
        return out;
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    @Test
    void jsonlOffsetsCountTheChosenUnit() throws Exception {
        for (OffsetUnit unit : OffsetUnit.values()) {
            Path out = export("jsonl", ExportOptions.defaults().withOffsetUnit(unit));
            JsonObject line = JsonParser.parseString(read(out.resolve("all.jsonl")).strip()).getAsJsonObject();
            String text = line.get("text").getAsString();
            assertEquals(STORED, text);
            JsonArray spans = line.getAsJsonArray("spans");
            JsonObject rocket = spans.get(2).getAsJsonObject();
            int start = rocket.get("start").getAsInt();
            int end = rocket.get("end").getAsInt();
            String covered = switch (unit) {
                case UTF16 -> text.substring(start, end);
                case CODE_POINTS -> new String(text.codePoints().skip(start).limit(end - start).toArray(), 0, end - start);
                case UTF8_BYTES -> new String(text.getBytes(StandardCharsets.UTF_8), start, end - start, StandardCharsets.UTF_8);
            };
            assertEquals("\uD83D\uDE80", covered, unit.name());
            assertEquals("WEAPON", rocket.get("label").getAsString());
        }
    }

    @Test
    void conllWritesDocstartTokensAndBlankLinesBetweenSentences() throws Exception {
        String conll = read(export("conll", ExportOptions.defaults()).resolve("all.conll"));
        List<String> lines = conll.lines().toList();
        assertEquals("-DOCSTART- -X- -X- O", lines.get(0));
        assertEquals("", lines.get(1));
        assertEquals("Tokyo _ _ B-LOC", lines.get(2));
        assertTrue(lines.contains("Cafe\u0301 _ _ B-ORG"), conll);
        assertTrue(lines.contains("\uD83D\uDE80 _ _ B-WEAPON"), conll);
        assertTrue(lines.contains("\u201C _ _ O") && lines.contains("no _ _ O"), conll);
        int firstBlank = lines.subList(2, lines.size()).indexOf("");
        assertEquals(". _ _ O", lines.get(2 + firstBlank - 1), "the CRLF ends the first sentence");
        assertTrue(conll.chars().noneMatch(c -> c == '\r' || c == '\u00A0'), "no line-break or NBSP tokens");
    }

    @Test
    void tagSchemesMarkMultiTokenSpansDifferently() throws Exception {
        Fixtures.gold(store, "two", "New York and Los Angeles and Paris\n", 0, 8, "LOC", 13, 24, "LOC", 29, 34, "LOC");
        ExportOptions options = ExportOptions.defaults().withLabels(java.util.Set.of("LOC"));
        assertTrue(read(export("conll", options.withTagScheme(TagScheme.BILOU)).resolve("all.conll"))
                .contains("New _ _ B-LOC\nYork _ _ L-LOC\nand _ _ O\nLos _ _ B-LOC\nAngeles _ _ L-LOC\nand _ _ O\nParis _ _ U-LOC"));
        assertTrue(read(export("conll", options.withTagScheme(TagScheme.IOB1)).resolve("all.conll"))
                .contains("New _ _ I-LOC\nYork _ _ I-LOC\nand _ _ O\nLos _ _ I-LOC"));
    }

    @Test
    void iob1UsesBOnlyBetweenAdjacentSpansOfOneLabel() throws Exception {
        Fixtures.gold(store, "adj", "Alice Bob went\n", 0, 5, "PER", 6, 9, "PER");
        String conll = read(export("conll", ExportOptions.defaults().withTagScheme(TagScheme.IOB1)).resolve("all.conll"));
        assertTrue(conll.contains("Alice _ _ I-PER\nBob _ _ B-PER\nwent _ _ O"), conll);
    }

    @Test
    void huggingFaceWritesIntegerTagsAndTheLabelList() throws Exception {
        Path out = export("hf", ExportOptions.defaults());
        JsonArray names = JsonParser.parseString(read(out.resolve("labels.json"))).getAsJsonArray();
        assertEquals("O", names.get(0).getAsString());
        assertEquals(1 + 2 * 4, names.size());
        List<String> lines = read(out.resolve("all.jsonl")).lines().toList();
        JsonObject first = JsonParser.parseString(lines.get(0)).getAsJsonObject();
        assertEquals("Tokyo", first.getAsJsonArray("tokens").get(0).getAsString());
        int tag = first.getAsJsonArray("ner_tags").get(0).getAsInt();
        assertEquals("B-LOC", names.get(tag).getAsString());
        assertEquals(2, lines.size(), "one line per sentence");
    }

    @Test
    void bratCountsCodePointsAndWritesTheConfiguration() throws Exception {
        Path out = export("brat", ExportOptions.defaults());
        assertEquals(STORED, read(out.resolve("all/tricky.txt")));
        String ann = read(out.resolve("all/tricky.ann"));
        int rocket = STORED.codePointCount(0, STORED.indexOf('\uD83D'));
        assertTrue(ann.contains("WEAPON " + rocket + " " + (rocket + 1) + "\t\uD83D\uDE80"), ann);
        assertTrue(read(out.resolve("annotation.conf")).contains("[entities]\nAMOUNT\nLOC\nORG\nWEAPON\n"));
    }

    @Test
    void bratCountsUtf16UnitsWhenAskedForReadersThatDo() throws Exception {
        Path out = export("brat", ExportOptions.defaults().withOffsetUnit(OffsetUnit.UTF16));
        String ann = read(out.resolve("all/tricky.ann"));
        int rocket = STORED.indexOf('\uD83D');
        assertTrue(ann.contains("WEAPON " + rocket + " " + (rocket + 2) + "\t\uD83D\uDE80"), ann);
        int amount = STORED.indexOf("$1.50");
        assertTrue(ann.contains("AMOUNT " + amount + " " + (amount + 5) + "\t$1.50"), "after the emoji: " + ann);
        assertTrue(read(out.resolve("annotation.conf")).contains("offsets in the .ann files count UTF-16 units"));
        assertTrue(read(out.resolve("manifest.json")).contains("\"offsetUnit\": \"UTF16\""));
        assertTrue(read(export("brat", ExportOptions.defaults()).resolve("manifest.json"))
                .contains("\"offsetUnit\": \"CODE_POINTS\""), "the manifest names the unit brat used by default");
    }

    @Test
    void offsetsDoNotApplyToTokenFormats() {
        ExportException e = assertThrows(ExportException.class,
                () -> export("conll", ExportOptions.defaults().withOffsetUnit(OffsetUnit.CODE_POINTS)));
        assertTrue(e.getMessage().contains("--offsets applies to formats with character offsets"), e.getMessage());
    }

    @Test
    void openNlpMarksNamesInsideSpaceSeparatedTokens() throws Exception {
        String train = read(export("opennlp", ExportOptions.defaults()).resolve("all.train"));
        assertEquals("<START:LOC> Tokyo <END> said \u201C no \u201D .\n<START:ORG> Cafe\u0301 <END> <START:WEAPON> \uD83D\uDE80 <END>"
                + " costs <START:AMOUNT> $ 1.50 <END>\n\n", train);
    }

    @Test
    void webAnnoTsvHasTheHeaderOffsetsAndNumberedMultiTokenSpans() throws Exception {
        String tsv = read(export("tsv3", ExportOptions.defaults()).resolve("all/tricky.tsv"));
        assertTrue(tsv.startsWith("#FORMAT=WebAnno TSV 3.3\n#T_SP=de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity|identifier|value\n\n\n#Text=Tokyo\u00A0said"), tsv);
        assertTrue(tsv.contains("1-1\t0-5\tTokyo\t*\tLOC\t\n"), tsv);
        int dollar = STORED.indexOf('$');
        assertTrue(tsv.contains("2-4\t" + dollar + "-" + (dollar + 1) + "\t$\t*[1]\tAMOUNT[1]\t\n"), tsv);
    }
}
