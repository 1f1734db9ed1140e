package aurum.corpus.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import aurum.core.model.Document;
import aurum.core.model.DocumentMetadata;
import aurum.core.model.Layer;
import aurum.core.model.LayerOwner;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Live updates: a saved layer and an added document reach another person's listener as a notice naming the corpus
 * and the document only (not whose layer, which blind annotation hides); a save refused as a conflict sends nothing;
 * a lead's change of a corpus file reaches them as a notice naming the corpus and the file.
 * (After a server restart a listener is told to reload everything: {@link DurabilityTest}.)
 */
class ServerChangesTest {

    @Test
    void savesAndNewDocumentsReachOtherListenersWithoutSayingWhose() throws Exception {
        try (Team team = new Team()) {
            BlockingQueue<ServerChanges.Change> seen = new LinkedBlockingQueue<>();
            try (ServerChanges changes = ServerChanges.listen(team.login(team.alice), seen::add)) {
                ServerCorpusStore bob = team.corpus(team.bob);
                Layer layer = new Layer(team.d2, LayerOwner.annotator(team.bob));
                layer.add(ServerCorpusStoreTest.span("b1", 0, 3));
                bob.saveLayer(layer, 0);
                assertEquals(new ServerChanges.Change("news", "d2"), seen.poll(30, TimeUnit.SECONDS));

                team.corpus(team.lena).addDocument(new Document("d3", "Seoul joined the talks.", false, DocumentMetadata.NONE));
                assertEquals(new ServerChanges.Change("news", "d3"), seen.poll(30, TimeUnit.SECONDS));

                // a save refused as a conflict stores nothing and announces nothing; the next real one is announced
                Layer stale = new Layer(team.d2, LayerOwner.annotator(team.bob));
                stale.add(ServerCorpusStoreTest.span("b2", 1, 4));
                try {
                    bob.saveLayer(stale, 0);
                } catch (aurum.corpus.store.ConflictException expected) {
                    // revision 1 is there already
                }
                Layer again = bob.loadLayer("d2", LayerOwner.annotator(team.bob));
                long loaded = again.revision();
                again.add(ServerCorpusStoreTest.span("b3", 2, 5));
                bob.saveLayer(again, loaded);
                ServerChanges.Change next = seen.poll(30, TimeUnit.SECONDS);
                assertNotNull(next);
                assertEquals(new ServerChanges.Change("news", "d2"), next);
                assertNull(seen.poll(1, TimeUnit.SECONDS), "one notice per stored revision");
            }
        }
    }

    /**
     * A lead's change of {@code assignments.json} on the server reaches another login's listener as a notice naming
     * the corpus and the file, not its content; an annotator may not change it, and their attempt announces nothing.
     */
    @Test
    void aLeadsChangeOfAssignmentsReachesOtherListenersAsAFileNotice() throws Exception {
        try (Team team = new Team()) {
            BlockingQueue<ServerChanges.Change> seen = new LinkedBlockingQueue<>();
            try (ServerChanges changes = ServerChanges.listen(team.login(team.alice), seen::add)) {
                byte[] assigned = "{\"formatVersion\":1,\"annotators\":{\"alice\":[\"d2\"]}}\n"
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
                ServerCorpusStore lena = team.corpus(team.lena);
                lena.changeCorpusFile("assignments.json", stored -> assigned);
                ServerChanges.Change notice = seen.poll(30, TimeUnit.SECONDS);
                assertEquals(ServerChanges.Change.file("news", "assignments.json"), notice);
                assertNull(notice.document());
                assertEquals(false, notice.everything(), "a file notice is not 'reload everything'");
                assertEquals(new String(assigned, java.nio.charset.StandardCharsets.UTF_8), team.corpus(team.alice)
                        .corpusFile("assignments.json").map(b -> new String(b, java.nio.charset.StandardCharsets.UTF_8))
                        .orElseThrow(), "stored as given, and an annotator reads it");

                // the same bytes again: nothing changed, nothing announced; then a real change is announced
                lena.changeCorpusFile("assignments.json", stored -> stored.orElseThrow());
                org.junit.jupiter.api.Assertions.assertThrows(aurum.corpus.store.CorpusStoreException.class,
                        () -> team.corpus(team.bob).changeCorpusFile("assignments.json", stored -> new byte[0]),
                        "an annotator may not change the assignments");
                lena.changeCorpusFile("assignments.json", stored -> "{\"formatVersion\":1,\"annotators\":{}}\n"
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
                assertEquals(ServerChanges.Change.file("news", "assignments.json"), seen.poll(30, TimeUnit.SECONDS));
                assertNull(seen.poll(1, TimeUnit.SECONDS), "one notice per change of the content");
            }
        }
    }

    @Test
    void aFileNoticeIsParsedAndOneNamingBothOrNeitherIsIgnored() {
        assertEquals(ServerChanges.Change.file("news", "labelset.json"),
                ServerChanges.parse("{\"corpus\":\"news\",\"file\":\"labelset.json\"}"));
        assertEquals(new ServerChanges.Change("news", "d1"), ServerChanges.parse("{\"corpus\":\"news\",\"document\":\"d1\"}"));
        assertNull(ServerChanges.parse("{\"corpus\":\"news\",\"document\":\"d1\",\"file\":\"labelset.json\"}"));
        assertNull(ServerChanges.parse("{\"corpus\":\"news\",\"file\":7}"));
        assertEquals(true, ServerChanges.Change.EVERYTHING.everything());
        assertEquals(ServerChanges.Change.EVERYTHING, new ServerChanges.Change(null, null));
    }

    /** Any login may NOTIFY on the channel: payloads the server did not send are ignored, and listening goes on. */
    @Test
    void noticesAurumDidNotSendAreIgnoredAndListeningGoesOn() throws Exception {
        try (Team team = new Team()) {
            BlockingQueue<ServerChanges.Change> seen = new LinkedBlockingQueue<>();
            try (ServerChanges changes = ServerChanges.listen(team.login(team.alice), seen::add);
                    java.sql.Connection c = team.corpus(team.bob).server().dataSource().getConnection();
                    java.sql.Statement s = c.createStatement()) {
                for (String payload : new String[] {"not json", "[1,2]", "{\"corpus\":\"news\"}",
                        "{\"corpus\":\"news\",\"document\":{\"id\":1}}", "{\"corpus\":null,\"document\":\"d1\"}"}) {
                    s.execute("NOTIFY " + ServerChanges.CHANNEL + ", '" + payload + "'");
                }
                Layer layer = new Layer(team.d2, LayerOwner.annotator(team.bob));
                layer.add(ServerCorpusStoreTest.span("b1", 0, 3));
                team.corpus(team.bob).saveLayer(layer, 0);
                assertEquals(new ServerChanges.Change("news", "d2"), seen.poll(30, TimeUnit.SECONDS),
                        "the real notice after five foreign ones");
                assertNull(seen.poll(1, TimeUnit.SECONDS));
            }
        }
    }
}
