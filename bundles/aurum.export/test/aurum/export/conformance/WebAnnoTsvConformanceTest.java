package aurum.export.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import aurum.corpus.importer.ImportedDocument;
import aurum.corpus.importer.Importers;
import aurum.corpus.store.CorpusStore;
import aurum.export.ExportOptions;
import aurum.export.ReportEntry;

/**
 * INCEpTION's WebAnno TSV 3 test suite (75 {@code reference.tsv} files, what INCEpTION writes and reads):
 * each file imports to the spans listed in {@code test-data/conformance/tsv3-expected.jsonl} (label and
 * covered text, checked by hand against the files) with what it cannot hold counted per kind; exported as
 * TSV 3 and imported again it gives the same text and spans, except those the export reports; and the
 * export has INCEpTION's byte layout: the same header, {@code #Text=} and token lines and blank lines
 * wherever Aurum's tokens are INCEpTION's, and no blank line at the end (INCEpTION's and DKPro's readers stop
 * at one with "Expected sentence header but got [END]").
 */
class WebAnnoTsvConformanceTest {

    private static final String SUITE = "inception/inception/inception-io-webanno-tsv/src/test/resources/tsv3-suite";
    private static final AtomicInteger LAYOUT_COMPARED = new AtomicInteger();
    private static final AtomicInteger VALUES_COMPARED = new AtomicInteger();

    @TempDir
    static Path tmp;

    @TestFactory
    Stream<DynamicTest> eachReferenceFileImportsExportsAndImportsAgain() throws IOException {
        Path suite = ConformanceFixtures.require(SUITE);
        Map<String, JsonObject> expected = expectations();
        List<String> found;
        try (Stream<Path> dirs = Files.list(suite)) {
            found = dirs.filter(d -> Files.isRegularFile(d.resolve("reference.tsv")))
                    .map(d -> d.getFileName().toString()).sorted().toList();
        }
        assertEquals(List.copyOf(expected.keySet()), found, "the suite's files and the expectations must match");
        return found.stream().map(name -> DynamicTest.dynamicTest(name,
                () -> check(suite.resolve(name).resolve("reference.tsv"), expected.get(name))));
    }

    @AfterAll
    static void layoutWasComparedOnMostFiles() {
        if (ConformanceFixtures.root().isPresent()) {
            assertTrue(LAYOUT_COMPARED.get() >= 60, "byte layout compared on only " + LAYOUT_COMPARED + " files");
            assertTrue(VALUES_COMPARED.get() >= 8, "value columns compared on only " + VALUES_COMPARED + " files");
        }
    }

    private static void check(Path reference, JsonObject expected) throws Exception {
        RoundTrip.Imported imported = RoundTrip.read(Importers.webAnnoTsv(), reference);
        ImportedDocument original = imported.only();
        List<String> spans = new ArrayList<>();
        original.spans().forEach(s -> spans.add(s.start() + " " + s.end() + " " + s.labelId() + " = "
                + s.coveredText(original.document().text())));
        assertEquals(strings(expected.getAsJsonArray("spans")), spans, "spans of " + reference);
        Map<String, Long> skipped = new TreeMap<>();
        expected.getAsJsonObject("skipped").entrySet().forEach(e -> skipped.put(e.getKey(), e.getValue().getAsLong()));
        Map<String, Long> actual = new TreeMap<>();
        imported.allWarnings().stream().filter(w -> w.isSkip()).forEach(w -> actual.merge(w.kind(), w.count(), Long::sum));
        assertEquals(skipped, actual, "what " + reference + " holds that Aurum cannot");

        Path dir = tmp.resolve(reference.getParent().getFileName().toString());
        CorpusStore store = RoundTrip.corpus(dir.resolve("corpus"), List.of(original));
        Path export = RoundTrip.export(store, "tsv3", ExportOptions.defaults(), dir);
        Path tsv = export.resolve("all/" + original.document().id() + ".tsv");
        String written = Files.readString(tsv, StandardCharsets.UTF_8);
        assertTrue(written.endsWith("\t\n") && !written.endsWith("\n\n"), "ends after its last token line: " + written);

        RoundTrip.Imported reimported = RoundTrip.read(Importers.webAnnoTsv(), tsv);
        ImportedDocument again = reimported.only();
        // spans the export moved onto the same tokens (sub-token spans widened to a token) come back once, counted
        long collapsed = reimported.allWarnings().stream().filter(w -> w.isSkip() && w.kind().equals("duplicate-span"))
                .mapToLong(w -> w.count()).sum();
        assertEquals(original.document().text(), again.document().text(), "text after the round trip");
        List<String> kept = new ArrayList<>(RoundTrip.keys(original));
        long dropped = 0;
        for (ReportEntry entry : RoundTrip.report(export)) {
            kept.remove(entry.start() + " " + entry.end() + " " + entry.label());
            dropped += entry.action().equals("dropped") ? 1 : 0;
        }
        List<String> back = RoundTrip.keys(again);
        assertTrue(back.containsAll(kept), "spans lost in the round trip: " + kept + " vs " + back);
        assertEquals(original.spans().size() - dropped - collapsed, again.spans().size(), "spans after the round trip");

        String ours = Files.readString(tsv, StandardCharsets.UTF_8);
        String theirs = Files.readString(reference, StandardCharsets.UTF_8);
        if (tokens(ours).equals(tokens(theirs))) {
            assertEquals(layout(theirs), layout(ours), "byte layout of " + reference);
            LAYOUT_COMPARED.incrementAndGet();
            if (valuesComparable(theirs)) {
                assertEquals(theirs.substring(theirs.indexOf("\n\n\n")), values(ours), "value column of " + reference);
                VALUES_COMPARED.incrementAndGet();
            }
        }
    }

    /** The file without layer declarations and annotation columns. */
    private static String layout(String tsv) {
        StringBuilder out = new StringBuilder();
        for (String line : tsv.split("\n", -1)) {
            if (line.startsWith("#T_") || line.startsWith("#Sentence.id=") || isSubToken(line)) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            out.append(fields.length > 3 && !line.startsWith("#") ? String.join("\t", fields[0], fields[1], fields[2]) : line)
                    .append('\n');
        }
        return out.toString();
    }

    /** Token ids and offsets, which say whether both files cut the text the same way. */
    private static List<String> tokens(String tsv) {
        List<String> tokens = new ArrayList<>();
        for (String line : tsv.split("\n")) {
            if (!line.isEmpty() && !line.startsWith("#") && !isSubToken(line)) {
                String[] fields = line.split("\t", -1);
                tokens.add(fields[0] + " " + fields[1]);
            }
        }
        return tokens;
    }

    private static boolean isSubToken(String line) {
        return !line.startsWith("#") && line.indexOf('\t') > 0 && line.substring(0, line.indexOf('\t')).contains(".");
    }

    /** One span layer with a value on every annotation, no stacking, no sub-tokens: Aurum writes the same values. */
    private static boolean valuesComparable(String tsv) {
        if (!tsv.startsWith("#FORMAT=WebAnno TSV 3.3\n#T_SP=webanno.custom.Span|value\n\n\n")) {
            return false;
        }
        for (String line : tsv.split("\n")) {
            if (!line.isEmpty() && !line.startsWith("#")) {
                String value = line.split("\t", -1)[3];
                if (isSubToken(line) || value.replaceAll("\\\\.", "").contains("|") || value.matches("\\*(\\[\\d+])?")) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Aurum's body with the NamedEntity identifier column left out, as a one-feature layer writes it. */
    private static String values(String tsv) {
        StringBuilder out = new StringBuilder();
        String body = tsv.substring(tsv.indexOf("\n\n\n"));
        for (String line : body.split("\n", -1)) {
            String[] fields = line.split("\t", -1);
            out.append(fields.length > 4 && !line.startsWith("#")
                    ? String.join("\t", fields[0], fields[1], fields[2], fields[4], "") : line);
            out.append('\n');
        }
        out.setLength(out.length() - 1);
        return out.toString();
    }

    private static Map<String, JsonObject> expectations() throws IOException {
        Map<String, JsonObject> byTest = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of("test-data/conformance/tsv3-expected.jsonl"), StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                JsonObject o = JsonParser.parseString(line).getAsJsonObject();
                byTest.put(o.get("test").getAsString(), o);
            }
        }
        return new TreeMap<>(byTest);
    }

    private static List<String> strings(com.google.gson.JsonArray array) {
        List<String> out = new ArrayList<>();
        for (JsonElement e : array) {
            out.add(e.getAsString());
        }
        return out;
    }
}
