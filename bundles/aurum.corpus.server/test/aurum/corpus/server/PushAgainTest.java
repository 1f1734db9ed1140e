package aurum.corpus.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import aurum.core.model.Document;
import aurum.core.model.DocumentMetadata;
import aurum.core.model.LabelSetRef;
import aurum.core.model.Layer;
import aurum.core.model.LayerOwner;
import aurum.corpus.store.CorpusSettings;
import aurum.corpus.store.CorpusStore;
import aurum.corpus.store.CorpusStoreException;
import aurum.corpus.store.LayerChanges;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pushing a folder into a corpus the server has already: what is new goes in, what the pusher's own earlier push
 * stored is brought up to date, and what someone else saved on the server is kept and reported per document and
 * layer, never overwritten.
 */
class PushAgainTest {

    @TempDir
    Path temp;

    @Test
    void aSecondPushOfAGrownCorpusAddsWhatIsNewAndComesBackByteForByte() throws Exception {
        try (Team team = new Team()) {
            Path source = PushPullTest.sampleCorpus(temp.resolve("source"), team.alice, team.bob);
            TeamServer lead = team.login(team.lena);
            try (CorpusStore folder = CorpusStore.open(source)) {
                CorpusTransfer.push(folder, lead, "us-japan", m -> { });
                // the folder grows: a new document with a layer, a third annotator, another revision of gold
                Document extra = new Document("zz-extra", "Seoul joined the drills off Okinawa.", false, DocumentMetadata.NONE);
                folder.addDocument(extra);
                Layer carol = new Layer(extra, LayerOwner.annotator(team.carol));
                carol.add(ServerCorpusStoreTest.span("c1", 0, 5));
                folder.saveLayer(carol, 0);
                String first = folder.documentIds().get(0);
                Layer newcomer = new Layer(folder.document(first).orElseThrow(), LayerOwner.annotator(team.carol));
                newcomer.add(ServerCorpusStoreTest.span("c2", 0, 3));
                folder.saveLayer(newcomer, 0);
                Layer gold = folder.loadLayer(first, LayerOwner.GOLD);
                long loaded = gold.revision();
                gold.add(ServerCorpusStoreTest.span("g2", 1, 4));
                folder.saveLayer(gold, loaded);
                folder.updateAnalysis();

                CorpusTransfer.Summary again = CorpusTransfer.push(folder, lead, "us-japan", m -> { });
                assertEquals(List.of(), again.conflicts());
                assertEquals(1, again.documents());
                assertEquals(3, again.layers(), "the new document's layer, carol's new layer and gold");
                assertEquals(5, again.unchanged(), "alice's three and bob's two layers are there already");
            }
            Path copy = temp.resolve("copy");
            CorpusTransfer.pull(lead, "us-japan", copy, m -> { });
            Map<String, byte[]> pushed = files(source);
            Map<String, byte[]> pulled = files(copy);
            assertEquals(pushed.keySet(), pulled.keySet());
            pushed.forEach((name, bytes) -> assertArrayEquals(bytes, pulled.get(name), name));

            try (CorpusStore folder = CorpusStore.open(source)) {
                CorpusTransfer.Summary third = CorpusTransfer.push(folder, lead, "us-japan", m -> { });
                assertEquals(new CorpusTransfer.Summary(0, 0, third.files(), 8, List.of()), third, "nothing new");
            }
        }
    }

    @Test
    void workSavedOnTheServerIsKeptAndReportedPerDocumentAndLayer() throws Exception {
        try (Team team = new Team()) {
            Path source = PushPullTest.sampleCorpus(temp.resolve("source"), team.alice, team.bob);
            TeamServer lead = team.login(team.lena);
            try (CorpusStore folder = CorpusStore.open(source)) {
                CorpusTransfer.push(folder, lead, "us-japan", m -> { });
                String first = folder.documentIds().get(0);
                String second = folder.documentIds().get(1);
                // alice goes on working on the server
                ServerCorpusStore alices = team.login(team.alice).open("us-japan", temp);
                Layer hers = alices.loadLayer(first, LayerOwner.annotator(team.alice));
                long herRevision = hers.revision();
                hers.add(ServerCorpusStoreTest.span("on-server", 2, 6));
                alices.saveChanges(hers, herRevision,
                        LayerChanges.builder().put(ServerCorpusStoreTest.span("on-server", 2, 6)).build());
                // the lead's folder changes alice's layer of that document too, and bob's of the second
                Layer stale = folder.loadLayer(first, LayerOwner.annotator(team.alice));
                long staleRevision = stale.revision();
                stale.add(ServerCorpusStoreTest.span("in-folder", 3, 7));
                folder.saveLayer(stale, staleRevision);
                Layer bobs = folder.loadLayer(second, LayerOwner.annotator(team.bob));
                long bobRevision = bobs.revision();
                bobs.add(ServerCorpusStoreTest.span("bob-more", 3, 7));
                folder.saveLayer(bobs, bobRevision);
                // the server has a document of the same id with another text; the folder one with a text the server has
                lead.open("us-japan", temp).addDocument(new Document("clash", "The server's own text.", false,
                        DocumentMetadata.NONE));
                folder.addDocument(new Document("clash", "The folder's own text.", false, DocumentMetadata.NONE));
                folder.addDocument(new Document("twin", "The server's own text.", false, DocumentMetadata.NONE));

                CorpusTransfer.Summary pushed = CorpusTransfer.push(folder, lead, "us-japan", m -> { });
                List<String> said = pushed.conflicts().stream().map(CorpusTransfer.Conflict::describe).toList();
                assertEquals(3, said.size(), said.toString());
                assertTrue(said.contains("document 'clash': the server's document 'clash' holds another text; neither it"
                        + " nor its layers were pushed"), said.toString());
                assertTrue(said.contains("document 'twin': its text is on the server as document 'clash'; neither it nor"
                        + " its layers were pushed"), said.toString());
                assertTrue(said.stream().anyMatch(s -> s.startsWith("document '" + first + "', annotator '" + team.alice
                        + "': saved on the server by '" + team.alice + "' at ")), said.toString());
                assertEquals(1, pushed.layers(), "bob's layer: the lead's own push, now older than the folder");

                ServerCorpusStore server = lead.open("us-japan", temp);
                List<String> aliceOnServer = ServerCorpusStoreTest.ids(server.loadLayer(first, LayerOwner.annotator(team.alice)));
                assertTrue(aliceOnServer.contains("on-server") && !aliceOnServer.contains("in-folder"), aliceOnServer.toString());
                assertTrue(ServerCorpusStoreTest.ids(server.loadLayer(second, LayerOwner.annotator(team.bob))).contains("bob-more"));
                assertEquals("The server's own text.", server.document("clash").orElseThrow().text());
            }
        }
    }

    @Test
    void aFolderOfAnotherLabelSetIsRefusedWithNothingSent() throws Exception {
        try (Team team = new Team()) {
            Path other = temp.resolve("other");
            try (CorpusStore folder = CorpusStore.create(other, CorpusSettings.of("Other", new LabelSetRef("ner", "2")))) {
                folder.addDocument(new Document("n1", "Paris is in France.", false, DocumentMetadata.NONE));
                CorpusStoreException refused = assertThrows(CorpusStoreException.class,
                        () -> CorpusTransfer.push(folder, team.login(team.lena), "news", m -> { }));
                assertTrue(refused.getMessage().contains("uses the label set (none), the folder ner@2"), refused.getMessage());
                assertEquals(2, team.admin.open("news", temp).documentIds().size());
            }
        }
    }

    private static Map<String, byte[]> files(Path root) throws Exception {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                String rel = root.relativize(p).toString();
                if (!rel.startsWith(".aurum")) {
                    files.put(rel, Files.readAllBytes(p));
                }
            }
        }
        return files;
    }
}
