package aurum.corpus.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import aurum.core.model.Layer;
import aurum.core.model.LayerOwner;
import aurum.core.model.Span;
import aurum.corpus.store.ConflictException;
import aurum.corpus.store.LayerChanges;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Two people writing the same layer at once, each on their own connection, as a curator and a lead curating
 * gold together: each edit is load, change, save, and on a conflict reload and apply again. Every edit either
 * side saved is in the final layer (no lost update), the revision counts exactly the saves that succeeded,
 * and the audit trail holds one row per stored revision.
 */
class ConcurrentWritersTest {

    private static final int EDITS_EACH = 40;

    @Test
    void twoWritersOnOneLayerLoseNoUpdate() throws Exception {
        try (Team team = new Team()) {
            ServerCorpusStore curator = team.corpus(team.carol);
            ServerCorpusStore lead = team.corpus(team.lena);
            AtomicInteger conflicts = new AtomicInteger();
            CyclicBarrier start = new CyclicBarrier(2);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                Future<Integer> first = pool.submit(writer(curator, "c", start, conflicts, true));
                Future<Integer> second = pool.submit(writer(lead, "l", start, conflicts, false));
                int saves = first.get() + second.get();
                assertEquals(2 * EDITS_EACH, saves);
            } finally {
                pool.shutdownNow();
            }
            Layer gold = team.admin.open("news", java.nio.file.Path.of("unused")).loadLayer("d1", LayerOwner.GOLD);
            List<String> expected = new ArrayList<>();
            for (int i = 0; i < EDITS_EACH; i++) {
                expected.add("c" + i);
                expected.add("l" + i);
            }
            assertEquals(expected.stream().sorted().toList(), ServerCorpusStoreTest.ids(gold));
            assertEquals(2 * EDITS_EACH, gold.revision());
            assertTrue(conflicts.get() > 0, "the writers never met: the test did not exercise a conflict");
            try (Connection c = team.admin.dataSource().getConnection();
                    PreparedStatement s = c.prepareStatement("SELECT count(*), count(DISTINCT revision), count(DISTINCT saved_by)"
                            + " FROM aurum.layer_edit WHERE owner = 'gold'");
                    ResultSet r = s.executeQuery()) {
                r.next();
                assertEquals(2 * EDITS_EACH, r.getInt(1));
                assertEquals(2 * EDITS_EACH, r.getInt(2));
                assertEquals(2, r.getInt(3));
            }
        }
    }

    /** Adds spans prefix0..prefixN to gold, one save each, retrying after a conflict; whole saves or journaled changes. */
    private static Callable<Integer> writer(ServerCorpusStore store, String prefix, CyclicBarrier start,
            AtomicInteger conflicts, boolean asChanges) {
        return () -> {
            start.await();
            int saved = 0;
            for (int i = 0; i < EDITS_EACH; i++) {
                Span span = ServerCorpusStoreTest.span(prefix + i, i % 40 + 1, i % 40 + 3);
                while (true) {
                    Layer layer = store.loadLayer("d1", LayerOwner.GOLD);
                    long loaded = layer.revision();
                    layer.add(span);
                    try {
                        if (asChanges && loaded > 0) {
                            store.saveChanges(layer, loaded, LayerChanges.builder().put(span).build());
                        } else {
                            store.saveLayer(layer, loaded);
                        }
                        saved++;
                        break;
                    } catch (ConflictException e) {
                        conflicts.incrementAndGet();
                    }
                }
            }
            return saved;
        };
    }
}
