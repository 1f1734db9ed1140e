package aurum.corpus.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import aurum.core.model.Layer;
import aurum.core.model.LayerOwner;
import aurum.core.model.LayerState;
import aurum.corpus.server.internal.ServerFailures;
import aurum.corpus.store.CorpusSettings;
import aurum.corpus.store.CorpusStoreException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Blind annotation and roles are enforced by PostgreSQL itself: an annotator's own connection, sending any
 * SQL it likes, cannot read, change or delete another annotator's layer, nor read gold before it is curated.
 */
class BlindAnnotationSecurityTest {

    private Team team;
    private ServerCorpusStore alice;
    private ServerCorpusStore bob;

    @BeforeEach
    void twoAnnotatorsTag() throws Exception {
        team = new Team();
        alice = team.corpus(team.alice);
        bob = team.corpus(team.bob);
        Layer a = new Layer(team.d1, LayerOwner.annotator(team.alice));
        a.add(ServerCorpusStoreTest.span("a1", 0, 13));
        alice.saveLayer(a, 0);
        Layer b = new Layer(team.d1, LayerOwner.annotator(team.bob));
        b.add(ServerCorpusStoreTest.span("b1", 19, 24));
        b.add(ServerCorpusStoreTest.span("b2", 47, 52));
        bob.saveLayer(b, 0);
    }

    @AfterEach
    void close() {
        team.close();
    }

    @Test
    void anAnnotatorSeesOnlyTheirOwnLayerThroughTheStore() throws Exception {
        assertEquals(List.of(LayerOwner.annotator(team.alice)), alice.layers("d1"));
        Layer bobsAsAliceSeesIt = alice.loadLayer("d1", LayerOwner.annotator(team.bob));
        assertEquals(0, bobsAsAliceSeesIt.revision());
        assertTrue(bobsAsAliceSeesIt.isEmpty());
        assertEquals(ServerRole.ANNOTATOR, alice.server().role());
    }

    /** What curation, agreement and export offer: a curator finds both annotators, an annotator only themselves. */
    @Test
    void theCorpusAnnotatorsAreThoseTheLoginMayRead() throws Exception {
        assertEquals(List.of(team.alice), alice.annotators());
        assertEquals(List.of(team.alice, team.bob).stream().sorted().toList(), team.corpus(team.carol).annotators());
    }

    @Test
    void rawSqlOnAnAnnotatorsConnectionCannotReadAnotherLayer() throws Exception {
        try (Connection c = alice.server().dataSource().getConnection(); Statement s = c.createStatement()) {
            assertEquals(List.of("annotator:" + team.alice), column(s, "SELECT owner FROM aurum.layer"));
            assertEquals(List.of(), column(s, "SELECT spans::text FROM aurum.layer WHERE owner LIKE '%" + team.bob + "'"));
            assertEquals(List.of("1"), column(s, "SELECT count(*) FROM aurum.layer_edit"));
            assertEquals(List.of(), column(s, "SELECT edit::text FROM aurum.layer_edit WHERE annotator = '" + team.bob + "'"));
            // policies cannot be switched off or bypassed by someone who does not own the table
            assertDenied(s, "ALTER TABLE aurum.layer DISABLE ROW LEVEL SECURITY");
            assertDenied(s, "SET ROLE \"" + team.bob + "\"");
            assertDenied(s, "SET row_security = off; SELECT * FROM aurum.layer");
            assertDenied(s, "DROP POLICY layer_own ON aurum.layer");
            assertDenied(s, "SELECT * FROM aurum.layer_edit FOR UPDATE");
        }
    }

    @Test
    void rawSqlOnAnAnnotatorsConnectionCannotChangeAnotherLayer() throws Exception {
        try (Connection c = alice.server().dataSource().getConnection(); Statement s = c.createStatement()) {
            assertEquals(0, s.executeUpdate("UPDATE aurum.layer SET spans = '{}' WHERE owner = 'annotator:" + team.bob + "'"));
            assertDenied(s, "DELETE FROM aurum.layer");
            assertDenied(s, "INSERT INTO aurum.layer (corpus_id, document_id, owner, state, revision, content_hash, spans,"
                    + " last_edit, saved_at, saved_by) SELECT corpus_id, 'd2', 'annotator:" + team.bob + "', 'NEW', 1,"
                    + " content_hash, '{}', '{}', now(), 'x' FROM aurum.document WHERE id = 'd2'");
            assertDenied(s, "DELETE FROM aurum.layer_edit");
            assertDenied(s, "UPDATE aurum.layer_edit SET saved_by = 'someone'");
            assertDenied(s, "INSERT INTO aurum.document (corpus_id, id, content_hash, length, bom_removed, text)"
                    + " VALUES ('news', 'x', repeat('a', 64), 1, false, 'x')");
            assertDenied(s, "SELECT aurum.create_person('mallory', 'aurum_lead', 'SCRAM-SHA-256$x')");
            assertDenied(s, "SELECT aurum.set_person_role('" + team.alice + "', 'aurum_lead')");
        }
        Layer forBob = new Layer(team.d2, LayerOwner.annotator(team.bob));
        CorpusStoreException e = assertThrows(CorpusStoreException.class, () -> alice.saveLayer(forBob, 0));
        assertTrue(e.getMessage().contains("does not allow '" + team.alice + "'"), e.getMessage());
        assertEquals(List.of("b1", "b2"), ServerCorpusStoreTest.ids(bob.loadLayer("d1", LayerOwner.annotator(team.bob))));
        assertEquals(1, bob.loadLayer("d1", LayerOwner.annotator(team.bob)).revision());
    }

    @Test
    void goldIsHiddenFromAnnotatorsUntilCurated() throws Exception {
        ServerCorpusStore carol = team.corpus(team.carol);
        assertEquals(2, carol.layers("d1").size(), "a curator sees both annotators' layers");
        Layer gold = new Layer(team.d1, LayerOwner.GOLD);
        gold.add(ServerCorpusStoreTest.span("g1", 0, 13));
        gold.setState(LayerState.IN_PROGRESS);
        assertEquals(1, carol.saveLayer(gold, 0));
        assertEquals(0, alice.loadLayer("d1", LayerOwner.GOLD).revision(), "gold in progress is hidden");

        gold.setState(LayerState.CURATED);
        carol.saveLayer(gold, 1);
        Layer published = alice.loadLayer("d1", LayerOwner.GOLD);
        assertEquals(2, published.revision());
        assertEquals(List.of("g1"), ServerCorpusStoreTest.ids(published));
        assertThrows(CorpusStoreException.class, () -> alice.saveLayer(published, 2), "annotators do not write gold");
        // a curator does not write an annotator's layer
        Layer bobs = carol.loadLayer("d1", LayerOwner.annotator(team.bob));
        bobs.remove("b1");
        assertThrows(CorpusStoreException.class, () -> carol.saveLayer(bobs, 1));
    }

    @Test
    void onlyLeadsAndAdministratorsCreateCorporaAndPeople() throws Exception {
        assertThrows(CorpusStoreException.class,
                () -> alice.server().create("mine", CorpusSettings.of("Mine", null), Path.of("unused")));
        assertThrows(CorpusStoreException.class,
                () -> ServerAdministration.addPerson(alice.server(), "mallory", ServerRole.LEAD, TestServer.PASSWORD));
        TeamServer lena = team.login(team.lena);
        String dave = TestServer.unique("dave");
        ServerAdministration.addPerson(lena, dave, ServerRole.ANNOTATOR, TestServer.PASSWORD);
        ServerAdministration.grant(lena, dave, ServerRole.CURATOR);
        assertTrue(ServerAdministration.people(lena).contains(new ServerAdministration.Person(dave, ServerRole.CURATOR)));
        assertEquals(ServerRole.CURATOR, team.login(dave).role());
        // a lead cannot take over the administrator's login
        assertThrows(CorpusStoreException.class,
                () -> ServerAdministration.setPassword(lena, TestServer.ADMIN, "new-password-1".toCharArray()));
        assertThrows(CorpusStoreException.class,
                () -> ServerAdministration.grant(lena, TestServer.ADMIN, ServerRole.ANNOTATOR));
        ServerAdministration.removePerson(lena, dave);
        assertThrows(CorpusStoreException.class, () -> team.login(dave));
    }

    @Test
    void aWrongPasswordIsRefusedWithAClearMessage() {
        CorpusStoreException e = assertThrows(CorpusStoreException.class,
                () -> TeamServer.connect(team.adminAddress.withUser(team.alice), "wrong-password".toCharArray(), 1));
        assertTrue(e.getMessage().contains("refused the login of '" + team.alice + "'"), e.getMessage());
    }

    private static List<String> column(Statement s, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                values.add(r.getString(1));
            }
        }
        return values;
    }

    private static void assertDenied(Statement s, String sql) {
        SQLException e = assertThrows(SQLException.class, () -> s.execute(sql), sql);
        String state = ServerFailures.sqlState(e);
        assertTrue(state.equals(ServerFailures.INSUFFICIENT_PRIVILEGE) || state.equals("42710"),
                sql + " failed with " + state + ": " + e.getMessage());
    }
}
