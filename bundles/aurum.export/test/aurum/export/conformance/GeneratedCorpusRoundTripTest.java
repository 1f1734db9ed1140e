package aurum.export.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import aurum.core.model.LayerOwner;
import aurum.core.model.Span;
import aurum.core.text.Offsets;
import aurum.core.text.UnicodeWhitespace;
import aurum.corpus.importer.ImportedDocument;
import aurum.corpus.importer.ImportedLayers;
import aurum.corpus.importer.Importer;
import aurum.corpus.importer.Importers;
import aurum.corpus.importer.OffsetUnit;
import aurum.corpus.store.CorpusSettings;
import aurum.corpus.store.CorpusStore;
import aurum.corpus.store.DocumentBatch;
import aurum.core.model.LabelSetRef;
import aurum.export.ExportOptions;
import aurum.export.LayerSelection;
import aurum.export.OverlapPolicy;

/**
 * The whole journey on a generated corpus with what real text has: CRLF and LF line ends, a byte order
 * mark on some files, no-break spaces, curly quotes, combining marks and emoji outside the BMP, spans that
 * overlap and spans that cross a line break. The corpus is written as brat files (offsets in code points, a
 * span over a line break as fragments), imported as a user would, stored, exported in every format Aurum
 * reads back, and imported again: every span comes back (CoNLL: the same labels over the same characters).
 */
class GeneratedCorpusRoundTripTest {

    private static final String[] WORDS = {"Tokyo", "Cafe\u0301", "\uD83D\uDE80", "\u201Cno\u201D", "na\u00EFve", "Abe",
        "missile", "\u00C5sa", "$1.50", "\uD83C\uDDEF\uD83C\uDDF5", "K\u014Dno", "x\u0308y", "radar", "2026", "\u2019s"};
    private static final String[] LABELS = {"PER", "LOC", "ORG", "WEAPON"};
    private static final int DOCUMENTS = 40;

    @TempDir
    Path tmp;

    /** Document id → its stored text and spans as "start end label". */
    private final Map<String, String> texts = new TreeMap<>();
    private final Map<String, List<String>> spans = new TreeMap<>();

    @Test
    void everySpanSurvivesImportStorageAndEveryFormat() throws Exception {
        Path brat = generate(new Random(18));
        List<ImportedDocument> imported = RoundTrip.read(Importers.brat(), brat).documents();
        assertEquals(DOCUMENTS, imported.size());
        for (ImportedDocument d : imported) {
            assertEquals(texts.get(d.document().id()), d.document().text(), "the text less its byte order mark");
            assertEquals(spans.get(d.document().id()), RoundTrip.keys(d), "spans of " + d.document().id());
            assertTrue(d.warnings().isEmpty(), d.warnings().toString());
        }
        CorpusStore store = CorpusStore.create(tmp.resolve("corpus"), CorpusSettings.of("g", new LabelSetRef("news", "1.0.0")));
        try (DocumentBatch batch = store.batch()) {
            for (ImportedDocument d : imported) {
                batch.add(d.document(), d.boilerplate());
            }
        }
        for (ImportedDocument d : imported) {
            ImportedLayers.store(store, d.document().id(), d, "import");
            assertEquals(spans.get(d.document().id()), keys(store.loadLayer(d.document().id(),
                    LayerOwner.annotator("import")).spans()), "stored spans of " + d.document().id());
        }
        ExportOptions options = ExportOptions.defaults().withLayer(LayerSelection.parse("annotator:import"));
        for (OffsetUnit unit : OffsetUnit.values()) {
            check(Importers.jsonl(), export(store, "jsonl", options.withOffsetUnit(unit)).resolve("all.jsonl"), "jsonl " + unit);
        }
        check(Importers.brat(), export(store, "brat", options).resolve("all"), "brat");
        check(Importers.brat(OffsetUnit.UTF16), export(store, "brat", options.withOffsetUnit(OffsetUnit.UTF16)).resolve("all"),
                "brat in UTF-16 units");
        check(Importers.webAnnoTsv(), export(store, "tsv3", options).resolve("all"), "tsv3");
        Path conll = export(store, "conll", options.withOverlap(OverlapPolicy.ONE_FILE_PER_LABEL));
        List<aurum.export.ReportEntry> report = RoundTrip.report(conll);
        for (String label : LABELS) {
            List<String> expected = new ArrayList<>();
            spans.forEach((id, list) -> list.stream().filter(k -> k.endsWith(" " + label)).forEach(k -> {
                String[] p = k.split(" ");
                expected.add(id + " " + squeeze(texts.get(id).substring(Integer.parseInt(p[0]), Integer.parseInt(p[1]))));
            }));
            report.stream().filter(r -> r.label().equals(label)).forEach(r -> assertTrue(expected.remove(r.document()
                    + " " + squeeze(texts.get(r.document()).substring(r.start(), r.end()))), r.toString()));
            List<String> found = new ArrayList<>();
            for (ImportedDocument d : RoundTrip.read(Importers.conll(), conll.resolve("by-label/" + label + "/all.conll"))
                    .documents()) {
                String id = String.format("g%03d", Integer.parseInt(d.document().id().replaceAll(".*-", "")) - 1);
                d.spans().forEach(s -> found.add(id + " " + squeeze(s.coveredText(d.document().text()))));
            }
            expected.sort(null);
            found.sort(null);
            assertEquals(expected, found, "conll, label " + label + " (overlaps within it are in the report)");
        }
    }

    private void check(Importer importer, Path exported, String what) throws Exception {
        RoundTrip.Imported again = RoundTrip.read(importer, exported);
        Map<String, List<String>> found = new TreeMap<>();
        for (ImportedDocument d : again.documents()) {
            String id = d.document().id();
            String text = d.document().text();
            if (what.equals("tsv3")) { // TSV 3 keeps the sentences; between them INCEpTION's rebuild puts a line break and spaces
                String stored = texts.get(id).stripTrailing();
                text = text.stripTrailing();
                assertEquals(stored.length(), text.length(), what + ": length of " + id);
                for (int i = 0; i < text.length(); i++) {
                    char a = stored.charAt(i);
                    char b = text.charAt(i);
                    assertTrue(a == b || Character.isWhitespace(a) && Character.isWhitespace(b), what + ": " + id + " at " + i);
                }
            } else {
                assertEquals(texts.get(id), text, what + ": text of " + id);
            }
            found.put(id, RoundTrip.keys(d));
        }
        assertEquals(spans, found, what);
        assertTrue(again.allWarnings().isEmpty(), what + ": " + again.allWarnings());
    }

    private Path export(CorpusStore store, String format, ExportOptions options) throws Exception {
        return RoundTrip.export(store, format, options, tmp);
    }

    /** Writes the brat folder and records each document's stored text and spans. */
    private Path generate(Random random) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("brat"));
        for (int i = 0; i < DOCUMENTS; i++) {
            String id = String.format("g%03d", i);
            StringBuilder text = new StringBuilder();
            List<int[]> words = new ArrayList<>();
            int lines = 1 + random.nextInt(4);
            for (int line = 0; line < lines; line++) {
                int n = 1 + random.nextInt(7);
                for (int w = 0; w < n; w++) {
                    if (w > 0) {
                        text.append(random.nextInt(4) == 0 ? "\u00A0" : " ");
                    }
                    String word = WORDS[random.nextInt(WORDS.length)] + i; // a number keeps texts apart
                    words.add(new int[] {text.length(), text.length() + word.length()});
                    text.append(word);
                }
                text.append(random.nextBoolean() ? "\r\n" : "\n");
            }
            String stored = text.toString();
            Offsets offsets = new Offsets(stored);
            StringBuilder ann = new StringBuilder();
            List<String> keys = new ArrayList<>();
            int t = 0;
            for (int w = 0; w < words.size(); w++) {
                if (random.nextInt(3) != 0) {
                    continue;
                }
                int last = Math.min(words.size() - 1, w + random.nextInt(3)); // may cross a line break
                int start = words.get(w)[0];
                int end = words.get(last)[1];
                String label = LABELS[random.nextInt(LABELS.length)];
                keys.add(start + " " + end + " " + label);
                ann.append('T').append(++t).append('\t').append(label).append(' ')
                        .append(fragments(stored, offsets, start, end)).append('\t')
                        .append(stored.substring(start, end).replaceAll("\\R", " ")).append('\n');
            }
            keys.sort(null);
            texts.put(id, stored);
            spans.put(id, keys);
            byte[] body = stored.getBytes(StandardCharsets.UTF_8);
            byte[] bom = i % 3 == 0 ? new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF} : new byte[0];
            byte[] file = new byte[bom.length + body.length];
            System.arraycopy(bom, 0, file, 0, bom.length);
            System.arraycopy(body, 0, file, bom.length, body.length);
            Files.write(dir.resolve(id + ".txt"), file);
            Files.writeString(dir.resolve(id + ".ann"), ann, StandardCharsets.UTF_8);
        }
        return dir;
    }

    /** brat's fragments: a span over a line break is one fragment per line, in code points. */
    private static String fragments(String text, Offsets offsets, int start, int end) {
        StringBuilder out = new StringBuilder();
        int from = start;
        for (int i = start; i <= end; i++) {
            if (i == end || text.charAt(i) == '\r' || text.charAt(i) == '\n') {
                if (i > from) {
                    out.append(out.isEmpty() ? "" : ";").append(offsets.utf16ToCodePoint(from)).append(' ')
                            .append(offsets.utf16ToCodePoint(i));
                }
                from = i + 1;
            }
        }
        return out.toString();
    }

    private static List<String> keys(List<Span> list) {
        return list.stream().map(s -> s.start() + " " + s.end() + " " + s.labelId()).sorted().toList();
    }

    private static String squeeze(String covered) {
        StringBuilder out = new StringBuilder();
        covered.codePoints().filter(cp -> !UnicodeWhitespace.isBlank(cp)).forEach(out::appendCodePoint);
        return out.toString();
    }
}
