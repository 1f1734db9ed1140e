package aurum.app.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import aurum.core.model.AttributeDefinition;
import aurum.core.model.AttributeValue;
import aurum.core.model.Document;
import aurum.core.model.DocumentMetadata;
import aurum.core.model.LabelDefinition;
import aurum.core.model.LabelSet;
import aurum.core.model.Layer;
import aurum.core.model.LayerOwner;
import aurum.core.model.Span;
import aurum.corpus.store.CorpusSettings;
import aurum.corpus.store.CorpusStore;

/**
 * {@code aurum labels subtypes LABEL ATTRIBUTE}: a corpus made with a label set that gave sub-types as an
 * attribute (news 1.0.0's WEAPON topic) moves to child labels and to the installed version that has no such
 * attribute; validate warns before and is clean after; undo takes it back.
 */
class LabelSubtypesCommandTest {

    private static final String TEXT = "Tokyo fears \u201Chypersonic weapons\u201D and space\u00A0based capabilities.\r\n";
    private static final LabelSet V1 = new LabelSet("news", "News", "1.0.0", List.of(
            LabelDefinition.of("WEAPON", "Weapon").withAttributes(AttributeDefinition.ofEnum("topic", "HYPERSONIC",
                    "SPACE")),
            LabelDefinition.of("WEAPON.HYPERSONIC", "Hypersonic").withParent("WEAPON"),
            LabelDefinition.of("WEAPON.SPACE", "Space").withParent("WEAPON")));
    private static final LabelSet V2 = new LabelSet("news", "News", "2.0.0", List.of(
            LabelDefinition.of("WEAPON", "Weapon").withGuideline("Sub-types are child labels."),
            LabelDefinition.of("WEAPON.HYPERSONIC", "Hypersonic").withParent("WEAPON"),
            LabelDefinition.of("WEAPON.SPACE", "Space").withParent("WEAPON")));
    private static final LayerOwner ALICE = LayerOwner.annotator("alice");

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final CommandLine cli = new CommandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8), () -> () -> List.of(V1, V2));

    @TempDir
    Path dir;
    private Path corpus;

    @BeforeEach
    void corpusOnTheFirstVersion() throws Exception {
        corpus = dir.resolve("c");
        CorpusStore store = CorpusStore.create(corpus, CorpusSettings.of("c", V1.ref()));
        store.addDocument(Document.imported("d", TEXT, DocumentMetadata.NONE));
        Layer layer = store.loadLayer("d", ALICE);
        long revision = layer.revision();
        layer.add(span("hypersonic weapons", "WEAPON").withAttribute("topic", AttributeValue.ofEnum("HYPERSONIC")));
        layer.add(span("space\u00A0based capabilities", "WEAPON.SPACE"));
        store.saveLayer(layer, revision);
    }

    private static Span span(String covered, String label) {
        int start = TEXT.indexOf(covered);
        return Span.builder().range(start, start + covered.length()).label(label).build();
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void subtypesRelabelTheAttributeFormMoveToTheInstalledVersionAndValidateCleanly() throws Exception {
        assertEquals(1, cli.run("validate", "--corpus", corpus.toString()));
        assertTrue(out().contains("gives its sub-type as topic=HYPERSONIC") && out().contains("relabel it"
                + " WEAPON.HYPERSONIC"), out());
        out.reset();
        assertEquals(0, cli.run("labels", "subtypes", "WEAPON", "topic", "--corpus", corpus.toString(), "--dry-run"));
        assertTrue(out().startsWith("make the topic values of WEAPON its child labels: label set news 1.0.0 -> 2.0.0"),
                out());
        assertTrue(out().contains("1 relabelled") && out().contains("dry run"), out());
        out.reset();
        assertEquals(0, cli.run("labels", "subtypes", "WEAPON", "topic", "--corpus", corpus.toString()), err.toString());
        List<Span> spans = CorpusStore.open(corpus).loadLayer("d", ALICE).spans();
        assertEquals(List.of("WEAPON.HYPERSONIC", "WEAPON.SPACE"), spans.stream().map(Span::labelId).toList());
        assertTrue(spans.stream().allMatch(s -> s.attributes().isEmpty()), spans.toString());
        assertEquals(V2.ref(), CorpusStore.open(corpus).settings().labelSet());
        out.reset();
        assertEquals(0, cli.run("validate", "--corpus", corpus.toString()), out());
        out.reset();
        assertEquals(0, cli.run("labels", "undo", "--corpus", corpus.toString()));
        assertEquals("WEAPON", CorpusStore.open(corpus).loadLayer("d", ALICE).spans().get(0).labelId());
        assertEquals(V1.ref(), CorpusStore.open(corpus).settings().labelSet());
    }

    @Test
    void anAttributeThatIsNotThereIsAUsageErrorNamingTheLabelsAttributes() {
        assertEquals(CommandLine.USAGE, cli.run("labels", "subtypes", "WEAPON", "kind", "--corpus", corpus.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("has no attribute kind; its attributes are [topic]"),
                err.toString(StandardCharsets.UTF_8));
    }
}
