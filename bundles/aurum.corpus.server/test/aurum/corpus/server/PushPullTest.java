package aurum.corpus.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import aurum.core.model.AttributeValue;
import aurum.core.model.Document;
import aurum.core.model.DocumentMetadata;
import aurum.core.model.LabelSetRef;
import aurum.core.model.Layer;
import aurum.core.model.LayerOwner;
import aurum.core.model.LayerState;
import aurum.core.model.Span;
import aurum.core.model.SpanStatus;
import aurum.corpus.assignment.Assignments;
import aurum.corpus.assignment.AssignmentsFile;
import aurum.corpus.store.CorpusSettings;
import aurum.corpus.store.CorpusStore;
import aurum.corpus.store.CorpusStoreException;
import aurum.corpus.store.DocumentBatch;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample corpus with layers of two annotators and curated gold goes to the server and comes back into
 * another folder file for file, byte for byte (outside {@code .aurum/}, which is derived data); an
 * annotator's pull holds only what they may see; a failed push or pull leaves nothing behind.
 */
class PushPullTest {

    static final Path SAMPLES = Path.of(System.getProperty("aurum.samples", "../../samples"), "us-japan-defense");

    @TempDir
    Path temp;

    @Test
    void theSampleCorpusGoesToTheServerAndComesBackByteForByte() throws Exception {
        Path source = sampleCorpus(temp.resolve("source"));
        try (Team team = new Team(); CorpusStore folder = CorpusStore.open(source)) {
            TeamServer lead = team.login(team.lena);
            CorpusTransfer.Summary pushed = CorpusTransfer.push(folder, lead, "us-japan", m -> { });
            assertEquals(5, pushed.documents());
            assertEquals(6, pushed.layers());
            assertEquals(2, pushed.files());

            Path copy = temp.resolve("copy");
            CorpusTransfer.Summary pulled = CorpusTransfer.pull(lead, "us-japan", copy, m -> { });
            assertEquals(new CorpusTransfer.Summary(5, 6, 2), pulled);
            assertEquals(files(source), files(copy));
            for (String file : files(source).keySet()) {
                assertArrayEquals(Files.readAllBytes(source.resolve(file)), Files.readAllBytes(copy.resolve(file)), file);
            }
            try (CorpusStore back = CorpusStore.open(copy)) {
                assertTrue(back.analysisStatus().isCurrent(), back.analysisStatus().problem());
                assertEquals(folder.relations(), back.relations());
                ServerCorpusStore remote = lead.open("us-japan", temp.resolve("work"));
                for (String id : folder.documentIds()) {
                    assertEquals(folder.layers(id), remote.layers(id));
                    for (LayerOwner owner : folder.layers(id)) {
                        assertEquals(folder.layerSnapshot(id, owner), remote.layerSnapshot(id, owner));
                    }
                    assertEquals(folder.excludedRegions(id), remote.excludedRegions(id));
                }
                assertEquals(folder.duplicateClusters(), remote.duplicateClusters());
                assertEquals(folder.relations(), remote.relations());
            }
        }
    }

    @Test
    void anAnnotatorPullsOnlyTheirOwnLayersAndPublishedGold() throws Exception {
        try (Team team = new Team()) {
            Path source = sampleCorpus(temp.resolve("source"), team.alice, team.bob);
            try (CorpusStore folder = CorpusStore.open(source)) {
                CorpusTransfer.push(folder, team.login(team.lena), "us-japan", m -> { });
            }
            Path mine = temp.resolve("alice");
            CorpusTransfer.pull(team.login(team.alice), "us-japan", mine, m -> { });
            try (Stream<Path> layers = Files.walk(mine.resolve("layers"))) {
                List<String> names = layers.filter(Files::isRegularFile).map(p -> mine.relativize(p).toString()).sorted().toList();
                assertTrue(names.stream().allMatch(n -> n.startsWith("layers/annotators/" + team.alice + "/")
                        || n.startsWith("layers/gold/")), names.toString());
                assertTrue(names.stream().anyMatch(n -> n.startsWith("layers/gold/")), "curated gold is published");
                assertFalse(names.isEmpty());
            }
        }
    }

    @Test
    void aFailedPushLeavesTheServerAsItWasAndAFailedPullLeavesNoFolder() throws Exception {
        Path source = sampleCorpus(temp.resolve("source"));
        try (Team team = new Team(); CorpusStore folder = CorpusStore.open(source)) {
            // an annotator may not create corpora: the push fails after nothing, and nothing stays
            CorpusStoreException refused = assertThrows(CorpusStoreException.class,
                    () -> CorpusTransfer.push(folder, team.login(team.alice), "us-japan", m -> { }));
            assertTrue(refused.getMessage().contains("does not allow"), refused.getMessage());
            // a layer of the folder broken by hand: the push stops at it and rolls back what it sent
            Path layer = Files.list(source.resolve("layers/gold")).findFirst().orElseThrow();
            Files.writeString(layer, Files.readString(layer).replace("\"start\":", "\"start\":-"));
            TeamServer lead = team.login(team.lena);
            assertThrows(CorpusStoreException.class, () -> CorpusTransfer.push(folder, lead, "us-japan", m -> { }));
            try (Connection c = team.admin.dataSource().getConnection(); Statement s = c.createStatement();
                    ResultSet r = s.executeQuery("SELECT (SELECT count(*) FROM aurum.corpus) + (SELECT count(*) FROM aurum.document)"
                            + " + (SELECT count(*) FROM aurum.layer) + (SELECT count(*) FROM aurum.corpus_file)")) {
                r.next();
                assertEquals(1 + 2, r.getInt(1), "only the Team's own corpus and its two documents");
            }
            CorpusStoreException missing = assertThrows(CorpusStoreException.class,
                    () -> CorpusTransfer.pull(lead, "nope", temp.resolve("pulled"), m -> { }));
            assertTrue(missing.getMessage().contains("no corpus 'nope'"), missing.getMessage());
            assertFalse(Files.exists(temp.resolve("pulled")));
            Files.createDirectories(temp.resolve("full"));
            Files.writeString(temp.resolve("full/keep.txt"), "mine");
            assertThrows(CorpusStoreException.class, () -> CorpusTransfer.pull(lead, "news", temp.resolve("full"), m -> { }));
            assertEquals("mine", Files.readString(temp.resolve("full/keep.txt")), "a pull never deletes files it did not write");
        }
    }

    /** The five sample articles with layers: alice (saved twice), bob (done), gold (curated, saved three times). */
    static Path sampleCorpus(Path dir, String... annotators) throws Exception {
        String alice = annotators.length > 0 ? annotators[0] : "alice";
        String bob = annotators.length > 1 ? annotators[1] : "bob";
        try (CorpusStore store = CorpusStore.create(dir, new CorpusSettings("US-Japan defense",
                new LabelSetRef("aurum.labels.news", "1.0.0"), Map.of("import.labels", "news")))) {
            try (DocumentBatch batch = store.batch(); Stream<Path> texts = Files.list(SAMPLES)) {
                for (Path text : texts.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                    String name = text.getFileName().toString();
                    batch.add(Document.imported(name.substring(0, name.length() - 4),
                            Files.readString(text, StandardCharsets.UTF_8), DocumentMetadata.ofSource(text.getFileName())));
                }
            }
            List<String> ids = store.documentIds();
            for (String id : ids.subList(0, 3)) {
                Document document = store.document(id).orElseThrow();
                String text = document.text();
                int japan = Math.max(0, text.indexOf("Japan"));
                Layer a = new Layer(document, LayerOwner.annotator(alice));
                a.add(span("a-" + id, japan, japan + 5, "GPE").withNote("first \u201cpass\u201d"));
                store.saveLayer(a, 0);
                a.add(span("a2-" + id, 0, 3, "MISC").withAttribute("confidence", AttributeValue.ofString("low")));
                store.saveLayer(a, 1);
                if (!id.equals(ids.get(2))) {
                    Layer b = new Layer(document, LayerOwner.annotator(bob));
                    b.add(span("b-" + id, japan, japan + 5, "GPE"));
                    b.setState(LayerState.DONE);
                    store.saveLayer(b, 0);
                }
            }
            Document first = store.document(ids.get(0)).orElseThrow();
            int japan = first.text().indexOf("Japan");
            Layer gold = new Layer(first, LayerOwner.GOLD);
            gold.add(span("g", japan, japan + 5, "GPE"));
            store.saveLayer(gold, 0);
            gold.setState(LayerState.IN_PROGRESS);
            store.saveLayer(gold, 1);
            gold.setState(LayerState.CURATED);
            store.saveLayer(gold, 2);
            AssignmentsFile.write(dir, Assignments.EMPTY.assign(List.of(alice, bob), ids.subList(0, 3)));
        }
        return dir;
    }

    private static Span span(String id, int start, int end, String label) {
        return Span.builder().id(id).range(start, end).label(label).created(Instant.parse("2026-12-01T10:00:00.5Z"))
                .status(SpanStatus.MANUAL).build();
    }

    /** Relative path → size of every file outside {@code .aurum/}. */
    private static Map<String, Long> files(Path root) throws Exception {
        Map<String, Long> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                String rel = root.relativize(p).toString();
                if (!rel.startsWith(".aurum")) {
                    files.put(rel, Files.size(p));
                }
            }
        }
        return files;
    }
}
