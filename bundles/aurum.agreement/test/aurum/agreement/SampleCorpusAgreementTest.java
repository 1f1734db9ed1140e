package aurum.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import aurum.core.model.Layer;
import aurum.core.model.LayerOwner;
import aurum.core.model.Span;
import aurum.core.model.SpanStatus;
import aurum.corpus.store.CorpusStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Three simulated annotators on the sample corpus, read back through the corpus store. */
class SampleCorpusAgreementTest {

    @TempDir
    Path dir;

    private AgreementReport report() throws Exception {
        List<String> progress = new ArrayList<>();
        AgreementReport report = CorpusAgreement.compute(ThreeAnnotators.create(dir),
                List.of("alice", "bob", "carol"), null, (done, total, id) -> progress.add(done + "/" + total));
        assertEquals(List.of("1/5", "2/5", "3/5", "4/5", "5/5"), progress);
        return report;
    }

    @Test
    void openAndRejectedSuggestionsInALayerAreNotAnnotations() throws Exception {
        AgreementReport before = report();
        CorpusStore store = CorpusStore.open(dir);
        String text = store.document(ThreeAnnotators.DOC0).orElseThrow().text();
        int austin = text.indexOf("Lloyd Austin");
        int japan = text.indexOf("Japan");
        Layer carol = store.loadLayer(ThreeAnnotators.DOC0, LayerOwner.annotator("carol"));
        long revision = carol.revision();
        carol.add(Span.builder().range(austin, austin + 12).label("PER").created(ThreeAnnotators.TIME)
                .status(SpanStatus.SUGGESTED).build());
        carol.add(Span.builder().range(japan, japan + 5).label("GPE").created(ThreeAnnotators.TIME)
                .status(SpanStatus.REJECTED).build());
        store.saveLayer(carol, revision);
        AgreementReport after = CorpusAgreement.compute(store, List.of("alice", "bob", "carol"), null,
                CorpusAgreement.Progress.NONE);
        assertEquals(before.overall(), after.overall());
    }

    @Test
    void onlyDocumentsWithTwoAnnotatorsCount() throws Exception {
        AgreementReport r = report();
        assertEquals(2, r.overall().documents());
        assertEquals(List.of(ThreeAnnotators.DOC0, ThreeAnnotators.DOC1, "002_22943c359632a2c4",
                "003_261ee4acecaa973c", "004_62ae7363d976784e"), List.copyOf(r.perDocument().keySet()));
        assertEquals(0, r.perDocument().get("002_22943c359632a2c4").documents());
        assertEquals(11 + 3, r.overall().spans());
    }

    @Test
    void strictMatchesCountedByHand() throws Exception {
        MatchCounts m = report().overall().matches();
        // doc 000: alice–bob share US, Japan, Lloyd Austin (3); alice–carol US, Antony Blinken (2);
        // bob–carol US (1). doc 001: alice–bob share Japan (1).
        assertEquals(7, m.strictMatches());
        // reference spans: doc 000 alice 4 twice + bob 4; doc 001 alice 2 → 14; others: 4 + 3 + 3 + 1 = 11
        assertEquals(14, m.reference());
        assertEquals(11, m.other());
        assertEquals(14.0 / 25, m.strictF1(), 1e-12);
    }

    @Test
    void confusionShowsTheLabelAndPresenceDisagreements() throws Exception {
        ConfusionMatrix c = report().confusion();
        assertEquals(2, c.count("GPE", "ORG")); // Japan: alice and bob against carol
        assertEquals(2, c.count("PER", ConfusionMatrix.NONE)); // Lloyd Austin: carol has nothing
        assertEquals(4, c.count("PER", "PER")); // the Blinken boundary disagreement still aligns
        assertEquals(5, c.count("GPE", "GPE")); // US in 3 pairs, Japan alice–bob, doc 001 Japan
        assertEquals(1, c.count("GPE", ConfusionMatrix.NONE)); // China in doc 001
    }

    @Test
    void perLabelAndPairwiseFiguresAreThere() throws Exception {
        AgreementReport r = report();
        assertEquals(List.of("GPE", "ORG", "PER"), List.copyOf(r.perLabel().keySet()));
        assertEquals(3, r.pairs().size());
        assertEquals("alice", r.pairs().get(0).first());
        assertEquals("bob", r.pairs().get(0).second());
        // carol only annotated doc 000, so her pairs cover fewer tokens than alice–bob
        assertTrue(r.pairs().get(0).tokens() > r.pairs().get(1).tokens());
        // mostly "none" tokens agree, so κ is high but below 1; the label disagreements lower it
        double alpha = r.overall().tokenAlpha().value();
        assertTrue(alpha > 0.5 && alpha < 1, "α " + alpha);
        double u = r.overall().unitizingAlpha().value();
        assertTrue(u > 0 && u < 1, "uα " + u);
        assertEquals(1.0, r.perLabel().get("GPE").matches().lenientPrecision(), 1e-12);
    }
}
