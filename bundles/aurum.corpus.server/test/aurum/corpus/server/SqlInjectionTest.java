package aurum.corpus.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import aurum.core.model.AttributeValue;
import aurum.core.model.Document;
import aurum.core.model.DocumentMetadata;
import aurum.core.model.LabelSetRef;
import aurum.core.model.Layer;
import aurum.core.model.LayerOwner;
import aurum.core.model.Span;
import aurum.core.model.SpanStatus;
import aurum.corpus.store.CorpusSettings;
import aurum.corpus.store.CorpusStoreException;
import aurum.corpus.store.LayerChanges;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Text that would be SQL if it were pasted into a statement goes through every text field (labels, notes,
 * attribute values, annotator names, titles, settings, corpus and person names, document ids) and comes back
 * unchanged, while the database keeps exactly the rows it had: the store sends values only as parameters.
 */
class SqlInjectionTest {

    private Team team;
    private ServerCorpusStore lead;

    @BeforeEach
    void team() throws Exception {
        team = new Team();
        lead = team.corpus(team.lena);
    }

    @AfterEach
    void close() {
        team.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"'; DROP TABLE aurum.layer; --", "x' OR '1'='1", "\"); DELETE FROM aurum.document; --",
            "$$; TRUNCATE aurum.layer_edit; $$", "\\'; UPDATE aurum.layer SET revision = 99; --",
            "a\u0000b", "Robert'); DROP ROLE aurum_lead;--"})
    void injectedTextIsStoredAsTextAndChangesNothingElse(String payload) throws Exception {
        String stored = payload.replace("\u0000", "\uFFFD"); // PostgreSQL text cannot hold NUL
        String before = fingerprint();
        Layer layer = new Layer(team.d1, LayerOwner.annotator(team.lena));
        Span span = Span.builder().id("s-" + Integer.toHexString(payload.hashCode())).range(0, 5).label(stored)
                .note(stored).annotator(stored).attribute(stored, AttributeValue.ofString(stored))
                .attribute("kind", AttributeValue.ofEnum(stored)).created(Instant.parse("2026-01-01T00:00:00Z"))
                .status(SpanStatus.MANUAL).build();
        layer.add(span);
        lead.saveLayer(layer, 0);
        Span second = span.withNote(stored + " again");
        layer.replace(second);
        lead.saveChanges(layer, 1, LayerChanges.builder().put(second).remove(stored).build());
        Layer loaded = lead.loadLayer("d1", LayerOwner.annotator(team.lena));
        assertEquals(List.of(second), loaded.spans());

        Document titled = new Document("d3", "Text " + payload.hashCode(), false,
                new DocumentMetadata(stored, stored, null, URI.create("https://example.org/?q=%27"), "en"));
        lead.addDocument(titled);
        assertEquals(titled.metadata(), lead.document("d3").orElseThrow().metadata());
        lead.saveSettings(new CorpusSettings(stored, new LabelSetRef(stored, stored), Map.of(stored, stored)));
        assertEquals(Map.of(stored, stored), lead.readSettings().settings());
        assertEquals(stored, lead.readSettings().name());

        assertThrows(IllegalArgumentException.class, () -> lead.addDocument(new Document(stored, "x", false, DocumentMetadata.NONE)));
        assertThrows(CorpusStoreException.class, () -> lead.loadLayer(stored, LayerOwner.GOLD));
        assertThrows(CorpusStoreException.class, () -> team.admin.open(stored, Path.of("unused")));
        assertThrows(IllegalArgumentException.class, () -> team.admin.create(stored, CorpusSettings.of("x", null), Path.of("u")));
        assertThrows(CorpusStoreException.class,
                () -> ServerAdministration.addPerson(team.admin, stored, ServerRole.ANNOTATOR, TestServer.PASSWORD));
        assertThrows(CorpusStoreException.class, () -> ServerAdministration.grant(team.admin, stored, ServerRole.LEAD));
        assertThrows(CorpusStoreException.class, () -> ServerAdministration.removePerson(team.admin, stored));

        assertEquals(before.replace("layers=0", "layers=1").replace("documents=2", "documents=3")
                .replace("edits=0", "edits=2").replace("maxrev=0", "maxrev=2"), fingerprint());
    }

    /** What an injection could change: row counts, revisions, the roles and the tables themselves. */
    private String fingerprint() throws Exception {
        try (Connection c = team.admin.dataSource().getConnection(); Statement s = c.createStatement()) {
            return "documents=" + one(s, "SELECT count(*) FROM aurum.document")
                    + " layers=" + one(s, "SELECT count(*) FROM aurum.layer")
                    + " edits=" + one(s, "SELECT count(*) FROM aurum.layer_edit")
                    + " maxrev=" + one(s, "SELECT coalesce(max(revision), 0) FROM aurum.layer")
                    + " tables=" + one(s, "SELECT count(*) FROM pg_tables WHERE schemaname = 'aurum'")
                    + " roles=" + one(s, "SELECT count(*) FROM pg_roles WHERE rolname LIKE 'aurum%'")
                    + " people=" + one(s, "SELECT count(*) FROM aurum.person");
        }
    }

    private static String one(Statement s, String sql) throws Exception {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getString(1);
        }
    }
}
