package aurum.app.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import aurum.core.model.AttributeDefinition;
import aurum.core.model.AttributeValue;
import aurum.core.model.LabelDefinition;
import aurum.core.model.LabelSet;
import aurum.core.model.LabelSetRef;
import aurum.core.model.LayerOwner;
import aurum.core.model.Span;
import aurum.corpus.store.CorpusSettings;
import aurum.corpus.store.CorpusStore;

/**
 * The import journey of issue 18 from the command line: nothing the input holds is dropped without a word
 * (the summary line counts it, the report lists it), the same text with other annotations becomes another
 * layer, an empty {@code .ann} a negative example that exports, and the options that say what offsets count
 * and which CoNLL columns hold the tags.
 */
class ImportFormatsCommandTest {

    private static final LabelSet NER = new LabelSet("ner", "NER", "1.0.0", List.of(
            LabelDefinition.of("PER", "Person").withAttributes(AttributeDefinition.ofEnum("Mention", "Name", "Nominal")),
            LabelDefinition.of("LOC", "Location"), LabelDefinition.of("ORG", "Organization"),
            LabelDefinition.of("Token", "Token")));

    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final CommandLine cli = new CommandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8), () -> () -> List.of(NER));

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private Path corpus() throws Exception {
        Path corpus = dir.resolve("corpus");
        CorpusStore.create(corpus, CorpusSettings.of("c", new LabelSetRef("ner", "1.0.0"))).close();
        return corpus;
    }

    private Path brat() throws Exception {
        Path brat = Files.createDirectories(dir.resolve("brat"));
        Files.writeString(brat.resolve("a.txt"), "This is a test.");
        Files.writeString(brat.resolve("a.ann"), "T1\tToken 0 4\tThis\nT2\tToken 5 7\tis\nE1\tToken:T1\n");
        Files.writeString(brat.resolve("b.txt"), "This is a test.");
        Files.writeString(brat.resolve("b.ann"), "T1\tToken 10 14\ttest\n");
        Files.writeString(brat.resolve("empty.txt"), "Nothing to see here.");
        Files.writeString(brat.resolve("empty.ann"), "");
        Files.writeString(brat.resolve("people.txt"), "Kishida met Austin.");
        Files.writeString(brat.resolve("people.ann"), "T1\tPER 0 7\tKishida\nA1\tMention T1 Name\nA2\tIndividual T1\n"
                + "T2\tPER 12 18\tAustin\nR1\tMeets Arg1:T1 Arg2:T2\n");
        Files.writeString(brat.resolve("orphan-ref.ann"), "T1\tToken 0 4\tThis\n");
        return brat;
    }

    @Test
    void countsWhatItLeavesOutWritesTheReportAndKeepsEveryAnnotation() throws Exception {
        Path corpus = corpus();
        assertEquals(0, cli.run("import", brat().toString(), "--corpus", corpus.toString()), err());
        String summary = out().lines().findFirst().orElseThrow();
        assertTrue(summary.startsWith("3 documents added, 1 already in the corpus, 5 spans, ")
                && summary.contains("; not imported: 1 attribute, 1 event, 1 relation, 1 unpaired-ann: "), summary);
        assertTrue(out().contains("1 document(s) came again with other annotations, stored as another layer of import"),
                out());
        Matcher m = Pattern.compile("warnings are listed in (\\S*)").matcher(err());
        assertTrue(m.find(), err());
        Path report = Path.of(m.group(1));
        assertTrue(report.startsWith(corpus.resolve(".aurum/reports")) && report.toString().endsWith(".jsonl"),
                report.toString());
        List<JsonObject> lines = Files.readAllLines(report).stream().map(l -> JsonParser.parseString(l).getAsJsonObject()).toList();
        assertTrue(lines.stream().anyMatch(l -> l.get("kind").getAsString().equals("unpaired-ann")
                && l.get("file").getAsString().endsWith("orphan-ref.ann")), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.get("kind").getAsString().equals("attribute")
                && l.get("message").getAsString().contains("PER.Individual")), "not declared by the label set: " + lines);

        CorpusStore store = CorpusStore.open(corpus);
        assertEquals(List.of(LayerOwner.annotator("import"), LayerOwner.annotator("import-2")), store.layers("a"));
        assertEquals(List.of("test"), store.loadLayer("a", LayerOwner.annotator("import-2")).spans().stream()
                .map(s -> "This is a test.".substring(s.start(), s.end())).toList());
        assertTrue(store.loadLayer("empty", LayerOwner.annotator("import")).isEmpty(), "an empty layer");
        assertEquals(List.of(LayerOwner.annotator("import")), store.layers("empty"));
        List<Span> people = store.loadLayer("people", LayerOwner.annotator("import")).spans();
        assertEquals(java.util.Map.of("Mention", AttributeValue.ofEnum("Name")), people.get(0).attributes(),
                "the declared attribute stays, the undeclared one is reported");

        out.reset();
        assertEquals(0, cli.run("import", brat().toString(), "--corpus", corpus.toString()), err());
        assertTrue(out().startsWith("0 documents added, 4 already in the corpus, 0 spans, "), "idempotent: " + out());
        assertEquals(List.of(LayerOwner.annotator("import"), LayerOwner.annotator("import-2")), store.layers("a"));

        Path export = dir.resolve("out");
        assertEquals(0, cli.run("export", "--corpus", corpus.toString(), "--format", "jsonl", "--out", export.toString(),
                "--layer", "annotator:import"), err());
        String jsonl = Files.readString(export.resolve("all.jsonl"));
        assertTrue(jsonl.contains("\"id\":\"empty\",\"text\":\"Nothing to see here.\",\"spans\":[]"),
                "the empty .ann is a negative example: " + jsonl);
    }

    @Test
    void offsetsAndConllColumnsSayHowToRead() throws Exception {
        Path corpus = corpus();
        Path dkpro = Files.createDirectories(dir.resolve("dkpro"));
        Files.writeString(dkpro.resolve("d.txt"), "\uD83D\uDE80 Kishida and Austin met.");
        Files.writeString(dkpro.resolve("d.ann"), "T1\tPER 3 10\tKishida\nT2\tPER 15 21\tAustin\n");
        assertEquals(CommandLine.USAGE, cli.run("import", dkpro.toString(), "--corpus", corpus.toString()));
        assertTrue(err().contains("2 of 2 span(s) with a text cover other text") && err().contains("--offsets utf16"),
                "the text fields show the offsets count UTF-16 units: " + err());
        assertTrue(CorpusStore.open(corpus).documents().isEmpty(), "nothing was imported");
        assertEquals(0, cli.run("import", dkpro.toString(), "--corpus", corpus.toString(), "--offsets", "utf16",
                "--annotator", "dkpro"), err());
        CorpusStore store = CorpusStore.open(corpus);
        assertEquals(List.of("Kishida", "Austin"), store.loadLayer("d", LayerOwner.annotator("dkpro")).spans().stream()
                .map(s -> "\uD83D\uDE80 Kishida and Austin met.".substring(s.start(), s.end())).toList());

        Path germeval = dir.resolve("g.conll");
        Files.writeString(germeval, "#\tsource\n1\tDeutsche\tB-ORG\tB-LOCderiv\n2\tBahn\tI-ORG\tO\n");
        assertEquals(0, cli.run("import", germeval.toString(), "--corpus", corpus.toString(), "--conll-columns", "2,3"), err());
        assertEquals(List.of("ORG"), store.loadLayer("g-0001", LayerOwner.annotator("import")).spans().stream()
                .map(Span::labelId).toList(), "only the outer column was asked for");
        assertEquals(CommandLine.USAGE, cli.run("import", germeval.toString(), "--corpus", corpus.toString(),
                "--conll-columns", "2"));
        assertTrue(err().contains("names no tag column"), err());
        assertEquals(CommandLine.USAGE, cli.run("import", germeval.toString(), "--corpus", corpus.toString(),
                "--offsets", "codepoints"));
        assertTrue(err().contains("--offsets applies to jsonl and brat files"), err());

        Path export = dir.resolve("brat-utf16");
        assertEquals(0, cli.run("export", "--corpus", corpus.toString(), "--format", "brat", "--out", export.toString(),
                "--layer", "annotator:dkpro", "--offsets", "utf16"), err());
        assertTrue(Files.readString(export.resolve("all/d.ann")).contains("PER 3 10\tKishida"),
                Files.readString(export.resolve("all/d.ann")));
    }
}
