package aurum.corpus.server;

import aurum.core.model.Document;
import aurum.core.model.DocumentMetadata;
import aurum.corpus.store.CorpusSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A fresh database with one corpus of two documents and four people who log in with their own roles: two
 * annotators, a curator and a lead. Close it to log everyone out.
 */
final class Team implements AutoCloseable {

    final ServerAddress adminAddress;
    final TeamServer admin;
    final String alice = TestServer.unique("alice");
    final String bob = TestServer.unique("bob");
    final String carol = TestServer.unique("carol");
    final String lena = TestServer.unique("lena");
    final Document d1 = new Document("d1", "Antony Blinken met Japan's defense minister in Tokyo.", false, DocumentMetadata.NONE);
    final Document d2 = new Document("d2", "A $9.3 billion budget for hypersonic weapons.", false, DocumentMetadata.NONE);
    private final List<TeamServer> sessions = new ArrayList<>();

    Team() throws Exception {
        adminAddress = TestServer.freshDatabase();
        admin = TeamServer.connect(adminAddress, TestServer.ADMIN_PASSWORD, 2);
        ServerCorpusStore store = admin.create("news", CorpusSettings.of("News", null), Path.of("unused"));
        store.addDocument(d1);
        store.addDocument(d2);
        ServerAdministration.addPerson(admin, alice, ServerRole.ANNOTATOR, TestServer.PASSWORD);
        ServerAdministration.addPerson(admin, bob, ServerRole.ANNOTATOR, TestServer.PASSWORD);
        ServerAdministration.addPerson(admin, carol, ServerRole.CURATOR, TestServer.PASSWORD);
        ServerAdministration.addPerson(admin, lena, ServerRole.LEAD, TestServer.PASSWORD);
    }

    /** A connection as {@code person}, closed with the team. */
    TeamServer login(String person) throws Exception {
        TeamServer server = TeamServer.connect(adminAddress.withUser(person), TestServer.PASSWORD, 2);
        sessions.add(server);
        return server;
    }

    /** The corpus as {@code person} sees it. */
    ServerCorpusStore corpus(String person) throws Exception {
        return login(person).open("news", Path.of("unused"));
    }

    @Override
    public void close() {
        sessions.forEach(TeamServer::close);
        admin.close();
    }
}
