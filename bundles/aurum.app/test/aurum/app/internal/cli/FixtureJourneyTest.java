package aurum.app.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import aurum.core.model.AttributeValue;
import aurum.core.model.Document;
import aurum.core.model.LabelDefinition;
import aurum.core.model.LabelSet;
import aurum.core.model.LayerOwner;
import aurum.core.model.Span;
import aurum.corpus.store.CorpusStore;

/**
 * A new user's path through the command line with files other tools wrote (the conformance fixtures of
 * {@code shared/fixtures}, see its SOURCES.md; skipped when absent): {@code aurum import} into a new corpus
 * (which takes the input's labels) → {@code aurum validate} is clean → {@code aurum export} in the same format →
 * {@code aurum import} of the export into another new corpus gives the same texts and spans (CoNLL: the same
 * labels over the same characters, its text being rebuilt from tokens). Exports keep boilerplate here: by
 * default they leave out what the import marked as boilerplate (a page title line), which changes the text. Bad files fail naming the file and line,
 * say what to do and leave no corpus behind.
 */
class FixtureJourneyTest {

    private static final LabelSet NEWS = new LabelSet("news", "News", "2.0.0",
            List.of(LabelDefinition.of("AMOUNT", "Amount"), LabelDefinition.of("ORG", "Organization")));
    private static final Optional<Path> FIXTURES = locate();
    private static final Pattern SUMMARY = Pattern.compile("^(\\d+) documents added, (\\d+) already in the corpus, (\\d+) spans",
            Pattern.MULTILINE);

    @TempDir
    Path dir;
    /** What the last {@link #importNew} printed. */
    private String imported = "";
    private int exports;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final CommandLine cli = new CommandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8), () -> () -> List.of(NEWS));

    private static Optional<Path> locate() {
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            if (Files.isRegularFile(d.resolve("shared/fixtures/SOURCES.md"))) {
                return Optional.of(d.resolve("shared/fixtures"));
            }
        }
        return Optional.empty();
    }

    private static Path fixture(String relative) {
        assumeTrue(FIXTURES.isPresent(), "conformance fixtures not found (no shared/fixtures/SOURCES.md above "
                + Path.of("").toAbsolutePath() + "): skipped");
        Path path = FIXTURES.get().resolve(relative);
        assertTrue(Files.exists(path), "the fixtures lack " + relative + "; see their SOURCES.md");
        return path;
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        return cli.run(args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    /** Imports into a new corpus, checks the summary's counts and that validate is clean; returns the corpus. */
    private Path importNew(String name, int documents, long spans, String... input) throws Exception {
        Path corpus = dir.resolve(name);
        List<String> args = new ArrayList<>(List.of("import"));
        args.addAll(List.of(input));
        args.addAll(List.of("--corpus", corpus.toString()));
        assertEquals(0, run(args.toArray(String[]::new)), name + ": " + err());
        Matcher m = SUMMARY.matcher(out());
        assertTrue(m.find(), out());
        assertEquals(documents, Integer.parseInt(m.group(1)) + Integer.parseInt(m.group(2)), name + ": " + out());
        assertEquals(spans, Long.parseLong(m.group(3)), name + ": " + out());
        imported = out() + err();
        assertEquals(0, run("validate", "--corpus", corpus.toString()), name + ": import -> validate is clean: "
                + out() + err());
        return corpus;
    }

    private Path export(Path corpus, String format, String... more) {
        Path target = dir.resolve(corpus.getFileName() + "-" + format + "-export-" + ++exports);
        List<String> args = new ArrayList<>(List.of("export", "--corpus", corpus.toString(), "--format", format,
                "--out", target.toString(), "--layer", "annotator:import", "--keep-boilerplate"));
        args.addAll(List.of(more));
        assertEquals(0, run(args.toArray(String[]::new)), err());
        return target;
    }

    /** Per text, the spans of the importer's layer as {@code start-end LABEL}, sorted. */
    private static Map<String, List<String>> spansByText(Path corpus) throws Exception {
        Map<String, List<String>> byText = new TreeMap<>();
        CorpusStore store = CorpusStore.open(corpus);
        for (String id : store.documentIds()) {
            if (!store.layers(id).contains(LayerOwner.annotator("import"))) {
                continue;
            }
            Document d = store.document(id).orElseThrow();
            List<String> spans = new ArrayList<>();
            for (Span s : store.loadLayer(id, LayerOwner.annotator("import")).spans()) {
                spans.add(s.start() + "-" + s.end() + " " + s.labelId());
            }
            spans.sort(null);
            byText.put(d.text(), spans);
        }
        return byText;
    }

    /** Every span of the importer's layer as {@code LABEL/covered characters} (white space left out), sorted. */
    private static List<String> labelledWords(Path corpus) throws Exception {
        List<String> all = new ArrayList<>();
        CorpusStore store = CorpusStore.open(corpus);
        for (String id : store.documentIds()) {
            if (store.layers(id).contains(LayerOwner.annotator("import"))) {
                String text = store.document(id).orElseThrow().text();
                for (Span s : store.loadLayer(id, LayerOwner.annotator("import")).spans()) {
                    all.add(s.labelId() + "/" + text.substring(s.start(), s.end()).replaceAll("\\s+", ""));
                }
            }
        }
        all.sort(null);
        return all;
    }

    /**
     * Per text, the importer's spans with their attributes (values as text: brat and JSON strings carry no type) and
     * notes, sorted.
     */
    private static Map<String, List<String>> extrasByText(Path corpus) throws Exception {
        Map<String, List<String>> byText = new TreeMap<>();
        CorpusStore store = CorpusStore.open(corpus);
        for (String id : store.documentIds()) {
            if (store.layers(id).contains(LayerOwner.annotator("import"))) {
                List<String> spans = new ArrayList<>();
                for (Span s : store.loadLayer(id, LayerOwner.annotator("import")).spans()) {
                    Map<String, String> values = new TreeMap<>();
                    s.attributes().forEach((name, value) -> values.put(name, switch (value) {
                        case AttributeValue.BooleanValue b -> Boolean.toString(b.value());
                        case AttributeValue.NumberValue n -> n.value().toPlainString();
                        case AttributeValue.EnumValue e -> e.value();
                        case AttributeValue.StringValue t -> t.value();
                    }));
                    spans.add(s.start() + "-" + s.end() + " " + s.labelId() + " " + values + " #" + s.note());
                }
                spans.sort(null);
                byText.put(store.document(id).orElseThrow().text(), spans);
            }
        }
        return byText;
    }

    private static String labelSetId(Path corpus) throws Exception {
        return CorpusStore.open(corpus).settings().labelSet().id();
    }

    @Test
    void bratTutorialsAndDkprosBratFilesComeBackFromTheirExport() throws Exception {
        Path news = importNew("brat-news", 13, 119, fixture("nlplab-brat/example-data/tutorials/news").toString());
        assertEquals(InputLabelSet.ID, labelSetId(news), "brat's entity types are not news labels: " + out());
        assertTrue(imported.contains("label set is made of the input's") && Files.exists(news.resolve("labelset.json")),
                imported);
        assertTrue(imported.contains("warnings are listed in") && imported.contains("8 relation"), "relations counted: "
                + imported);
        Path again = importNew("brat-news-again", 13, 119, export(news, "brat").resolve("all").toString());
        assertEquals(spansByText(news), spansByText(again));
        assertEquals(extrasByText(news), extrasByText(again), "attributes, normalizations and notes come back from brat");
        assertTrue(extrasByText(news).values().stream().flatMap(List::stream).anyMatch(s -> s.contains("Mention=Name"))
                && extrasByText(news).values().stream().flatMap(List::stream).anyMatch(s -> s.contains("#100000000 USD")),
                "the tutorial's attributes and notes are there to compare: " + extrasByText(news));
        Path viaJsonl = importNew("brat-news-jsonl", 13, 119, export(news, "jsonl").resolve("all.jsonl").toString());
        assertEquals(extrasByText(news), extrasByText(viaJsonl), "and from JSONL");

        Path bio = importNew("brat-bio", 13, 107, fixture("nlplab-brat/example-data/tutorials/bio").toString());
        assertEquals(spansByText(bio), spansByText(importNew("brat-bio-again", 13, 107,
                export(bio, "brat").resolve("all").toString())));

        Path dkpro = importNew("brat-dkpro", 6, 25,
                fixture("dkpro-core/dkpro-core-io-brat-asl/src/test/resources/brat").toString());
        assertTrue(imported.contains("5 unpaired-ann") && imported.contains("1 discontinuous"), imported);
        Path utf16 = export(dkpro, "brat", "--offsets", "utf16").resolve("all");
        assertEquals(spansByText(dkpro), spansByText(importNew("brat-dkpro-again", 5, 20, utf16.toString(),
                "--offsets", "utf16")), "document0b's other annotations are another layer, not exported");
    }

    @Test
    void conllFilesOfDkproAndDoccanoComeBackFromTheirExport() throws Exception {
        String conll = "dkpro-core/dkpro-core-io-conll-asl/src/test/resources/conll/";
        String doccano = "doccano/backend/data_import/";
        record Case(String name, int documents, long spans, String[] input) {
        }
        List<Case> cases = List.of(
                new Case("conll2002", 1, 4, new String[] {fixture(conll + "2002/ner2002_test.conll").toString()}),
                new Case("conll2003", 1, 3, new String[] {fixture(conll + "2003/en-orig.conll").toString()}),
                new Case("germeval", 1, 6, new String[] {fixture(conll + "2002/germeval2014_test.conll").toString()}),
                new Case("doccano-conll", 1, 2,
                        new String[] {fixture(doccano + "tests/data/sequence_labeling/example.conll").toString()}),
                new Case("doccano-txt", 1, 4, new String[] {fixture(doccano
                        + "pipeline/examples/sequence_labeling/example.txt").toString(), "--format", "conll"}));
        for (Case c : cases) {
            Path corpus = importNew(c.name(), c.documents(), c.spans(), c.input());
            if (c.name().equals("germeval")) {
                continue; // nested entities: one tag column holds one of them (ConllConformanceTest exports with --overlaps)
            }
            for (String scheme : List.of("iob1", "iob2", "bilou")) {
                Path exported = export(corpus, "conll", "--scheme", scheme).resolve("all.conll");
                Path again = importNew(c.name() + "-" + scheme, c.documents(), c.spans(), exported.toString());
                assertEquals(labelledWords(corpus), labelledWords(again), c.name() + " " + scheme);
            }
        }
    }

    @Test
    void doccanoJsonlComesBackFromTheExportInEveryUnit() throws Exception {
        Path sequence = importNew("doccano-seq", 3, 4,
                fixture("doccano/backend/data_export/pipeline/examples/sequence_labeling/example.jsonl").toString());
        Path relations = importNew("doccano-rel", 1, 4,
                fixture("doccano/backend/data_import/pipeline/examples/relation_extraction/example.jsonl").toString());
        assertTrue(imported.contains("not imported: 3 relation"), imported);
        for (Path corpus : List.of(sequence, relations)) {
            for (String unit : List.of("utf16", "codepoints", "utf8")) {
                Path exported = export(corpus, "jsonl", "--offsets", unit).resolve("all.jsonl");
                Path again = dir.resolve(corpus.getFileName() + "-" + unit);
                assertEquals(0, run("import", exported.toString(), "--corpus", again.toString()), err());
                assertEquals(spansByText(corpus), spansByText(again), corpus.getFileName() + " " + unit);
            }
        }
    }

    @Test
    void inceptionsTsv3SuiteComesBackFromItsExport() throws Exception {
        Path suite = importNew("tsv3", 75, 128,
                fixture("inception/inception/inception-io-webanno-tsv/src/test/resources/tsv3-suite").toString());
        assertTrue(imported.contains("zero-length-span") && imported.contains("relation"), imported);
        Path exported = export(suite, "tsv3").resolve("all");
        Path again = dir.resolve("tsv3-again");
        assertEquals(0, run("import", exported.toString(), "--corpus", again.toString()), err());
        // the texts come back; the spans too, less what the export reports (sub-token spans widened to ICU's
        // tokens, checked file by file by WebAnnoTsvConformanceTest)
        assertEquals(spansByText(suite).keySet(), spansByText(again).keySet());
    }

    @Test
    void badFilesNameTheLineSayWhatToDoAndLeaveNoCorpus() throws Exception {
        Path corpus = dir.resolve("bad");
        assertNotEquals(0, run("import", fixture("doccano/backend/data_import/tests/data/sequence_labeling/"
                + "labeling.invalid.conll").toString(), "--corpus", corpus.toString()));
        assertTrue(err().contains("labeling.invalid.conll, line 1, column") && err().contains("--conll-columns")
                && err().contains("Nothing was imported"), err());
        assertFalse(Files.exists(corpus.resolve("corpus.json")), "a failed import leaves no corpus");

        assertNotEquals(0, run("import", fixture("doccano/backend/data_import/tests/data/sequence_labeling/example.jsonl")
                .toString(), "--corpus", corpus.toString()));
        assertTrue(err().contains("example.jsonl, line 3") && err().contains("no string field \"text\""), err());
        assertFalse(Files.exists(corpus.resolve("corpus.json")));

        Path conllAsText = fixture("doccano/backend/data_import/pipeline/examples/sequence_labeling/example.txt");
        assertEquals(CommandLine.USAGE, run("import", conllAsText.toString(), "--corpus", corpus.toString()));
        assertTrue(err().contains(conllAsText + ", line 1") && err().contains("looks like CoNLL")
                && err().contains("--format conll"), "a .txt that is CoNLL is not stored as prose: " + err());
        assertFalse(Files.exists(corpus.resolve("corpus.json")));

        Path seq = importNew("seq", 3, 4,
                fixture("doccano/backend/data_export/pipeline/examples/sequence_labeling/example.jsonl").toString());
        Path exported = export(seq, "jsonl");
        assertNotEquals(0, run("import", exported.toString(), "--corpus", corpus.toString()),
                "a folder of JSONL files is not a folder of texts: nothing imported is not success");
        assertTrue(err().contains("no documents found in " + exported) && err().contains(".jsonl")
                && err().contains("--format"), err());
        assertFalse(Files.exists(corpus.resolve("corpus.json")));
    }
}
