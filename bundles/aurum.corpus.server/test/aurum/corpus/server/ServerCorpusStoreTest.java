package aurum.corpus.server;

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
import aurum.corpus.store.ConflictException;
import aurum.corpus.store.CorpusSettings;
import aurum.corpus.store.CorpusStoreException;
import aurum.corpus.store.IdTakenException;
import aurum.corpus.store.LayerChanges;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The server store against a real PostgreSQL: documents, layers, revisions and the audit trail. */
class ServerCorpusStoreTest {

    static final String TEXT = "Tokyo\u00a0pledged \u201c$9.3 billion\u201d \uD83D\uDE80 for e\u0301lan.\r\nDone.";

    private TeamServer admin;
    private ServerCorpusStore store;
    private Document document;

    @BeforeEach
    void createCorpus() throws Exception {
        ServerAddress address = TestServer.freshDatabase();
        admin = TeamServer.connect(address, TestServer.ADMIN_PASSWORD, 4);
        store = admin.create("news", new CorpusSettings("News \u2014 test", new LabelSetRef("news", "1.0"),
                Map.of("b", "2", "a", "1")), Path.of("unused"));
        document = new Document("d1", TEXT, true, new DocumentMetadata("in/d1.txt", "Title", LocalDate.of(2026, 1, 2),
                URI.create("https://example.org/a"), "en"));
        assertEquals("d1", store.addDocument(document));
    }

    @AfterEach
    void close() {
        admin.close();
    }

    @Test
    void documentsKeepTextMetadataAndSettings() throws Exception {
        Document read = store.document("d1").orElseThrow();
        assertEquals(TEXT, read.text());
        assertEquals(document.metadata(), read.metadata());
        assertTrue(read.byteOrderMarkRemoved());
        assertEquals(List.of("d1"), store.documentIds());
        assertEquals(document.contentHash(), store.documents().get(0).contentHash());
        assertEquals(TEXT.length(), store.documents().get(0).length());
        CorpusSettings settings = store.settings();
        assertEquals("News \u2014 test", settings.name());
        assertEquals(new LabelSetRef("news", "1.0"), settings.labelSet());
        assertEquals(Map.of("a", "1", "b", "2"), settings.settings());
        assertTrue(store.document("missing").isEmpty());
    }

    @Test
    void theSameTextTwiceIsStoredOnceAndATakenIdIsRefused() throws Exception {
        assertEquals("d1", store.addDocument(new Document("copy", TEXT, true, DocumentMetadata.NONE)));
        assertThrows(IdTakenException.class, () -> store.addDocument(new Document("D1", "other text", false, DocumentMetadata.NONE)));
        assertEquals(List.of("d1"), store.documentIds());
    }

    @Test
    void aLayerRoundTripsEveryField() throws Exception {
        Layer layer = new Layer(document, LayerOwner.annotator("alice"));
        int rocket = TEXT.indexOf('\uD83D');
        layer.add(Span.builder().id("s1").range(0, 5).label("GPE").created(Instant.parse("2026-01-02T03:04:05.123456789Z"))
                .status(SpanStatus.MANUAL).build());
        layer.add(Span.builder().id("s2").range(TEXT.indexOf('$'), TEXT.indexOf('\u201d')).label("MONEY")
                .attribute("amount", AttributeValue.ofNumber(new BigDecimal("9.3")))
                .attribute("currency", AttributeValue.ofString("USD")).attribute("kind", AttributeValue.ofEnum("PLEDGE"))
                .attribute("approximate", AttributeValue.ofBoolean(false)).note("check \u201cbillion\u201d")
                .annotator("aurum.labels.news.amounts").status(SpanStatus.ACCEPTED).build());
        layer.add(Span.builder().id("s3").range(rocket, rocket + 2).label("THING").status(SpanStatus.SUGGESTED).build());
        layer.setState(LayerState.IN_PROGRESS);

        assertEquals(1, store.saveLayer(layer, 0));
        Layer loaded = store.loadLayer("d1", LayerOwner.annotator("alice"));
        assertEquals(1, loaded.revision());
        assertEquals(LayerState.IN_PROGRESS, loaded.state());
        assertEquals(layer.spans(), loaded.spans());
        assertEquals(layer.spans(), store.layerSnapshot("d1", LayerOwner.annotator("alice")).spans());
        assertEquals(List.of(LayerOwner.annotator("alice")), store.layers("d1"));
    }

    @Test
    void aStaleRevisionIsAConflictAndNothingIsLost() throws Exception {
        Layer first = new Layer(document, LayerOwner.GOLD);
        first.add(span("a", 0, 5));
        store.saveLayer(first, 0);

        Layer mine = store.loadLayer("d1", LayerOwner.GOLD);
        Layer theirs = store.loadLayer("d1", LayerOwner.GOLD);
        mine.add(span("b", 6, 13));
        theirs.add(span("c", 14, 18));
        assertEquals(2, store.saveLayer(mine, 1));
        ConflictException conflict = assertThrows(ConflictException.class, () -> store.saveLayer(theirs, 1));
        assertEquals(1, conflict.expectedRevision());
        assertEquals(2, conflict.foundRevision());
        assertTrue(conflict.getMessage().contains("Reload the layer"), conflict.getMessage());
        // a second insert of a first revision is a conflict too
        assertThrows(ConflictException.class, () -> store.saveLayer(new Layer(document, LayerOwner.GOLD), 0));

        Layer reloaded = store.loadLayer("d1", LayerOwner.GOLD);
        reloaded.add(span("c", 14, 18));
        assertEquals(3, store.saveLayer(reloaded, 2));
        assertEquals(List.of("a", "b", "c"), ids(store.loadLayer("d1", LayerOwner.GOLD)));
    }

    @Test
    void savedChangesAreAppliedOnTheServer() throws Exception {
        Layer layer = new Layer(document, LayerOwner.annotator("alice"));
        layer.add(span("a", 0, 5));
        layer.add(span("b", 6, 13));
        store.saveLayer(layer, 0);

        Span c = span("c", 14, 18);
        Span b = span("b", 6, 14).withLabel("PERSON");
        layer.remove("a");
        layer.replace(b);
        layer.add(c);
        layer.setState(LayerState.DONE);
        LayerChanges changes = LayerChanges.builder().remove("a").put(b).put(c).build();
        assertEquals(2, store.saveChanges(layer, 1, changes));

        Layer loaded = store.loadLayer("d1", LayerOwner.annotator("alice"));
        assertEquals(List.of("b", "c"), ids(loaded));
        assertEquals("PERSON", loaded.find("b").orElseThrow().labelId());
        assertEquals(LayerState.DONE, loaded.state());
        assertThrows(ConflictException.class, () -> store.saveChanges(layer, 1, changes));
    }

    @Test
    void everyStoredRevisionIsAuditedWithWhoAndWhen() throws Exception {
        Instant before = Instant.now().minusSeconds(5);
        Layer layer = new Layer(document, LayerOwner.annotator("alice"));
        layer.add(span("a", 0, 5));
        store.saveLayer(layer, 0);
        layer.add(span("b", 6, 13));
        store.saveChanges(layer, 1, LayerChanges.builder().put(span("b", 6, 13)).build());
        assertThrows(ConflictException.class, () -> store.saveLayer(layer, 1));

        List<String> rows = new ArrayList<>();
        try (Connection c = admin.dataSource().getConnection();
                PreparedStatement s = c.prepareStatement("SELECT revision, saved_by, saved_at, edit::text FROM layer_edit"
                        + " WHERE document_id = 'd1' AND owner = 'annotator:alice' ORDER BY seq");
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                assertTrue(r.getTimestamp(3).toInstant().isAfter(before));
                rows.add(r.getLong(1) + " " + r.getString(2) + " " + r.getString(4));
            }
        }
        assertEquals(2, rows.size(), rows.toString());
        assertTrue(rows.get(0).startsWith("1 " + TestServer.ADMIN + " {\"whole\": 1}"), rows.get(0));
        assertTrue(rows.get(1).startsWith("2 " + TestServer.ADMIN + " {\"put\": {\"b\": "), rows.get(1));
    }

    @Test
    void anUnknownDocumentOrCorpusIsNamed() throws Exception {
        CorpusStoreException e = assertThrows(CorpusStoreException.class, () -> store.loadLayer("nope", LayerOwner.GOLD));
        assertTrue(e.getMessage().contains("'nope'"), e.getMessage());
        CorpusStoreException corpus = assertThrows(CorpusStoreException.class, () -> admin.open("other", Path.of("x")));
        assertTrue(corpus.getMessage().contains("it has: news"), corpus.getMessage());
        assertFalse(store.compactLayer("d1", LayerOwner.GOLD));
    }

    static Span span(String id, int start, int end) {
        return Span.builder().id(id).range(start, end).label("LOC").created(Instant.parse("2026-01-01T00:00:00Z"))
                .status(SpanStatus.MANUAL).build();
    }

    static List<String> ids(Layer layer) {
        return layer.spans().stream().map(Span::id).sorted().toList();
    }
}
