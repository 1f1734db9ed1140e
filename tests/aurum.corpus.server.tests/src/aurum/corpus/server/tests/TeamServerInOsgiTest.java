package aurum.corpus.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import aurum.core.model.Document;
import aurum.core.model.DocumentMetadata;
import aurum.core.model.Layer;
import aurum.core.model.LayerOwner;
import aurum.core.model.Span;
import aurum.corpus.server.ServerAddress;
import aurum.corpus.server.ServerAdministration;
import aurum.corpus.server.ServerCorpusStore;
import aurum.corpus.server.ServerRole;
import aurum.corpus.server.TeamServer;
import aurum.corpus.server.local.LocalPostgres;
import aurum.corpus.store.CorpusSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** {@code aurum server init} and a first save as the product runs them: inside OSGi, with the wrapped Flyway. */
class TeamServerInOsgiTest {

    @Test
    void initMigratesAndTheStoreSavesInsideOsgi() throws Exception {
        Bundle self = FrameworkUtil.getBundle(TeamServerInOsgiTest.class);
        assertNotNull(self, "the test runs inside OSGi");
        char[] password = "osgi-admin-password".toCharArray();
        Path data = Files.createTempDirectory("aurum-osgi-pg");
        try (LocalPostgres pg = LocalPostgres.startThrowaway(data, "osgi_admin", password)) {
            ServerAddress admin = new ServerAddress("127.0.0.1", pg.port(), "aurum", "osgi_admin");
            assertEquals(6, ServerAdministration.init(admin, password), "Flyway applied the bundle's six migrations (V1-V6)");
            assertEquals(0, ServerAdministration.init(admin, password));
            try (TeamServer server = TeamServer.connect(admin, password, 2)) {
                ServerAdministration.addPerson(server, "osgi_annotator", ServerRole.ANNOTATOR, password);
                ServerCorpusStore store = server.create("c", CorpusSettings.of("C", null), data.resolve("work"));
                Document d = new Document("d", "Tokyo and Washington", false, DocumentMetadata.NONE);
                store.addDocument(d);
                Layer layer = new Layer(d, LayerOwner.annotator("osgi_annotator"));
                layer.add(Span.builder().id("s").range(0, 5).label("GPE").build());
                assertEquals(1, store.saveLayer(layer, 0));
            }
            try (TeamServer annotator = TeamServer.connect(admin.withUser("osgi_annotator"), password, 1)) {
                assertEquals(1, annotator.open("c", data.resolve("work")).loadLayer("d", LayerOwner.annotator("osgi_annotator")).size());
            }
        } finally {
            try (Stream<Path> files = Files.walk(data)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
