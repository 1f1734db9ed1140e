package aurum.agreement.curation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import aurum.agreement.ThreeAnnotators;
import aurum.core.model.Layer;
import aurum.core.model.LayerOwner;
import aurum.core.model.LayerState;
import aurum.core.model.Span;
import aurum.core.model.SpanStatus;
import aurum.corpus.store.ConflictException;
import aurum.corpus.store.CorpusStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Curating document 000 of the sample corpus from the three simulated annotators. */
class CurationTest {

    private static final Clock CLOCK = Clock.fixed(ThreeAnnotators.TIME, ZoneOffset.UTC);
    private static final List<String> ALL = List.of("alice", "bob", "carol");

    @TempDir
    Path dir;
    private CorpusStore store;
    private String text;

    @BeforeEach
    void setUp() throws Exception {
        store = ThreeAnnotators.create(dir);
        text = store.document(ThreeAnnotators.DOC0).orElseThrow().text();
    }

    private StoredCuration open() throws Exception {
        return StoredCuration.open(store, ThreeAnnotators.DOC0, ALL, CLOCK);
    }

    @Test
    void agreedSpansArePreAcceptedOnce() throws Exception {
        Curation curation = open().curation();
        assertEquals(1, curation.acceptAgreed());
        assertEquals(0, curation.acceptAgreed());
        Span us = curation.gold().spans().get(0);
        assertEquals("US", us.coveredText(text));
        assertEquals(SpanStatus.ACCEPTED, us.status());
    }

    @Test
    void openAndRejectedSuggestionsAreNobodysDecision() throws Exception {
        int austin = text.indexOf("Lloyd Austin");
        int japan = text.indexOf("Japan");
        Layer carol = store.loadLayer(ThreeAnnotators.DOC0, LayerOwner.annotator("carol"));
        long revision = carol.revision();
        // carol has not decided on Austin (an open suggestion) and turned down Japan as GPE
        carol.add(Span.builder().range(austin, austin + 12).label("PER").created(ThreeAnnotators.TIME)
                .status(SpanStatus.SUGGESTED).build());
        carol.add(Span.builder().range(japan, japan + 5).label("GPE").created(ThreeAnnotators.TIME)
                .status(SpanStatus.REJECTED).build());
        store.saveLayer(carol, revision);
        Curation curation = open().curation();
        assertEquals(List.of(DisagreementKind.LABEL, DisagreementKind.BOUNDARY, DisagreementKind.PRESENCE),
                curation.open().stream().map(Disagreement::kind).toList());
        assertEquals(1, curation.acceptAgreed(), "only US is agreed by all three");
    }

    @Test
    void disagreementsComeInTextOrderWithTheirKind() throws Exception {
        List<Disagreement> open = open().curation().open();
        assertEquals(List.of(DisagreementKind.LABEL, DisagreementKind.BOUNDARY, DisagreementKind.PRESENCE),
                open.stream().map(Disagreement::kind).toList());
        assertEquals("Japan", text.substring(open.get(0).start(), open.get(0).end()));
        assertEquals("Antony Blinken", text.substring(open.get(1).start(), open.get(1).end()));
        assertEquals(List.of("carol"), open.get(2).silent());
        assertEquals("ORG", open.get(0).versions().get("carol").get(0).labelId());
    }

    @Test
    void nextAndPreviousJumpBetweenOpenDisagreementsAndWrap() throws Exception {
        Curation curation = open().curation();
        List<Disagreement> open = curation.open();
        assertEquals(open.get(0), curation.nextOpen(-1).orElseThrow());
        assertEquals(open.get(1), curation.nextOpen(open.get(0).start()).orElseThrow());
        assertEquals(open.get(0), curation.nextOpen(open.get(2).start()).orElseThrow());
        assertEquals(open.get(2), curation.previousOpen(0).orElseThrow());
    }

    @Test
    void acceptingAVersionResolvesTheRegionAndCanBeChangedLater() throws Exception {
        Curation curation = open().curation();
        Disagreement blinken = curation.open().get(1);
        curation.accept(blinken, "bob");
        assertEquals(2, curation.open().size());
        Span chosen = curation.gold().overlapping(blinken.start(), blinken.end()).get(0);
        assertEquals("Blinken", chosen.coveredText(text));
        assertEquals("bob", chosen.annotator());
        curation.accept(curation.disagreements().get(1), "alice");
        List<Span> now = curation.gold().overlapping(blinken.start(), blinken.end());
        assertEquals(1, now.size());
        assertEquals("Antony Blinken", now.get(0).coveredText(text));
    }

    @Test
    void rejectingKeepsTheDecisionAsRejectedSpans() throws Exception {
        Curation curation = open().curation();
        Disagreement austin = curation.open().get(2);
        curation.accept(austin, "carol"); // carol marked nothing: same as rejecting
        List<Span> kept = curation.gold().overlapping(austin.start(), austin.end());
        assertEquals(1, kept.size());
        assertEquals(SpanStatus.REJECTED, kept.get(0).status());
        assertTrue(curation.disagreements().get(2).resolved());
    }

    @Test
    void curatedOnlyWhenNothingIsOpenAndTheResultIsSaved() throws Exception {
        StoredCuration stored = open();
        Curation curation = stored.curation();
        curation.acceptAgreed();
        assertThrows(IllegalStateException.class, curation::markCurated);
        for (Disagreement d : curation.open()) {
            curation.accept(d, "alice");
        }
        curation.markCurated();
        assertTrue(stored.isDirty());
        assertEquals(1, stored.save());
        assertFalse(stored.isDirty());

        Layer gold = store.loadLayer(ThreeAnnotators.DOC0, LayerOwner.GOLD);
        assertEquals(LayerState.CURATED, gold.state());
        assertEquals(List.of("US", "Japan", "Antony Blinken", "Lloyd Austin"),
                gold.spans().stream().map(s -> s.coveredText(text)).toList());
        assertEquals("GPE", gold.spans().get(1).labelId());
        assertTrue(open().curation().open().isEmpty());
    }

    @Test
    void aSecondCuratorsSaveIsAConflictNotAnOverwrite() throws Exception {
        StoredCuration first = open();
        StoredCuration second = open();
        first.curation().acceptAgreed();
        first.save();
        second.curation().reject(second.curation().open().get(0));
        assertThrows(ConflictException.class, second::save);
    }

    @Test
    void annotatorsWithoutALayerAreLeftOut() throws Exception {
        Curation curation = StoredCuration.open(store, ThreeAnnotators.DOC1, ALL, CLOCK).curation();
        assertEquals(List.of("alice", "bob"), curation.annotators());
        assertEquals(1, curation.acceptAgreed());
        assertEquals(DisagreementKind.PRESENCE, curation.open().get(0).kind());
    }

    @Test
    void nothingToCurateIsAClearError() {
        Exception e = assertThrows(Exception.class,
                () -> StoredCuration.open(store, "002_22943c359632a2c4", ALL, CLOCK));
        assertTrue(e.getMessage().contains("nothing to curate"), e.getMessage());
    }
}
