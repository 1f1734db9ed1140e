package aurum.labels.suggest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import aurum.core.model.AttributeDefinition;
import aurum.core.model.AttributeValue;
import aurum.core.model.Document;
import aurum.core.model.DocumentMetadata;
import aurum.core.model.LabelDefinition;
import aurum.core.model.LabelSet;
import aurum.core.model.Layer;
import aurum.core.model.LayerOwner;
import aurum.core.model.Span;
import aurum.core.model.SpanStatus;
import aurum.core.validation.SpanValidator;
import aurum.corpus.store.CorpusSettings;
import aurum.corpus.store.CorpusStore;
import aurum.labels.recognizer.Cancellation;
import aurum.labels.recognizer.RecognitionCancelledException;
import aurum.labels.recognizer.Suggestion;
import aurum.labels.registry.RecognizerDescriptor;

class SuggestionRunTest {

    /** CRLF, no-break space, curly quotes, a combining mark and an emoji before the names. */
    private static final String TEXT = "\u201CTokyo\u201D\u00A0said\r\nCafe\u0301 \uD83D\uDE80 Tokyo and Osaka.\r\n";
    private static final LabelSet LABELS = new LabelSet("t", "T", "1.0.0",
            List.of(LabelDefinition.of("GPE", "Place"), LabelDefinition.of("ORG", "Org")));
    private static final LayerOwner TARGET = LayerOwner.annotator("suggestions");

    @TempDir
    Path dir;
    private CorpusStore store;

    @BeforeEach
    void corpus() throws Exception {
        store = CorpusStore.create(dir.resolve("c"), CorpusSettings.of("c", LABELS.ref()));
        store.addDocument(Document.imported("d1", TEXT, DocumentMetadata.NONE));
        store.addDocument(Document.imported("d2", "Nothing here.", DocumentMetadata.NONE));
    }

    private SuggestReport run(RecognizerDescriptor... descriptors) throws Exception {
        return new SuggestionRun(store, LABELS, TARGET).run(List.of(descriptors), (done, total) -> { }, Cancellation.NONE);
    }

    private static RecognizerDescriptor places(String regex) {
        return TestRecognizers.descriptor(TestRecognizers.regex("places", "GPE", regex));
    }

    private List<String> covered(Layer layer) {
        return layer.spans().stream().map(s -> s.coveredText(TEXT) + "/" + s.status()).toList();
    }

    @Test
    void suggestionsAreStoredAsSuggestedSpansAttributedToTheRecognizer() throws Exception {
        SuggestReport report = run(places("Tokyo|Osaka"));
        Layer layer = store.loadLayer("d1", TARGET);
        assertEquals(List.of("Tokyo/SUGGESTED", "Tokyo/SUGGESTED", "Osaka/SUGGESTED"), covered(layer));
        assertTrue(layer.spans().stream().allMatch(s -> "places".equals(s.annotator())));
        assertEquals(Map.of("GPE", 3), report.addedByLabel());
        assertEquals(2, report.documents());
        assertEquals(1, report.layersSaved(), "d2 has nothing to suggest, so its layer is not written");
    }

    @Test
    void runningAgainAddsNothingAndWritesNothing() throws Exception {
        run(places("Tokyo|Osaka"));
        long revision = store.loadLayer("d1", TARGET).revision();
        SuggestReport again = run(places("Tokyo|Osaka"));
        assertEquals(0, again.added());
        assertEquals(3, again.kept());
        assertEquals(revision, store.loadLayer("d1", TARGET).revision());
    }

    @Test
    void decidedSpansAreNeverTouchedAndRejectedOnesAreNotProposedAgain() throws Exception {
        run(places("Tokyo|Osaka"));
        Layer layer = store.loadLayer("d1", TARGET);
        long revision = layer.revision();
        List<Span> spans = layer.spans();
        layer.replace(spans.get(0).withStatus(SpanStatus.REJECTED));
        layer.replace(spans.get(2).withStatus(SpanStatus.ACCEPTED));
        int manualStart = TEXT.indexOf("said");
        layer.add(Span.builder().range(manualStart, manualStart + 4).label("ORG").build());
        store.saveLayer(layer, revision);

        SuggestReport report = run(places("Tokyo|Osaka|said"));
        assertEquals(Map.of("GPE", 1), report.addedByLabel(), "only 'said' as GPE is new");
        List<String> after = covered(store.loadLayer("d1", TARGET)).stream().sorted().toList();
        assertEquals(List.of("Osaka/ACCEPTED", "Tokyo/REJECTED", "Tokyo/SUGGESTED", "said/MANUAL", "said/SUGGESTED"),
                after);
    }

    @Test
    void aSuggestionOverlappingWordsTheAnnotatorTaggedWithItsLabelIsNotAdded() throws Exception {
        Layer layer = store.loadLayer("d1", TARGET);
        long revision = layer.revision();
        int both = TEXT.indexOf("Tokyo and Osaka");
        layer.add(Span.builder().range(both, both + "Tokyo and Osaka".length()).label("GPE").build());
        int said = TEXT.indexOf("said");
        layer.add(Span.builder().range(said, said + 4).label("GPE").build().withStatus(SpanStatus.REJECTED));
        store.saveLayer(layer, revision);

        SuggestReport report = run(places("Tokyo|sai"),
                TestRecognizers.descriptor(TestRecognizers.regex("orgs", "ORG", "and Osaka")));
        assertEquals(Map.of("GPE", 2, "ORG", 1), report.addedByLabel(), "GPE: the quoted Tokyo, and 'sai' (a"
                + " rejected span blocks its own extent only), not the Tokyo inside the tagged GPE; ORG may nest");
        List<String> after = covered(store.loadLayer("d1", TARGET)).stream().sorted().toList();
        assertEquals(List.of("Tokyo and Osaka/MANUAL", "Tokyo/SUGGESTED", "and Osaka/SUGGESTED", "sai/SUGGESTED",
                "said/REJECTED"), after);
    }

    @Test
    void openSuggestionsARecognizerNoLongerMakesAreWithdrawn() throws Exception {
        run(places("Tokyo|Osaka"));
        SuggestReport report = run(places("Osaka"));
        assertEquals(2, report.withdrawn());
        assertEquals(List.of("Osaka/SUGGESTED"), covered(store.loadLayer("d1", TARGET)));
    }

    @Test
    void aFailingRecognizerIsReportedAndTheOthersStillRun() throws Exception {
        SuggestReport report = run(TestRecognizers.descriptor(TestRecognizers.failing("broken")), places("Osaka"),
                TestRecognizers.descriptor("uncreatable", null));
        assertEquals(Map.of("GPE", 1), report.addedByLabel());
        assertEquals(3, report.failures().size(), report.failures().toString());
        assertTrue(report.failures().get(0).contains("uncreatable"), report.failures().toString());
        assertTrue(report.failures().get(1).contains("broken failed on document d1"), report.failures().toString());
        assertEquals(List.of("places"), report.recognizers().subList(1, 2));
    }

    @Test
    void suggestionsWithUnknownLabelsOrUntrimmedSpansAreDropped() throws Exception {
        SuggestReport report = run(TestRecognizers.descriptor(TestRecognizers.regex("odd", "PERSON", "Osaka")),
                TestRecognizers.descriptor(TestRecognizers.regex("spaces", "GPE", " Osaka")));
        assertEquals(0, report.added());
        assertEquals(2, report.dropped());
    }

    private static final LabelSet WEAPONS = new LabelSet("w", "W", "1.0.0", List.of(LabelDefinition.of("WEAPON", "Weapon"),
            LabelDefinition.of("WEAPON.SPACE", "Space").withParent("WEAPON"),
            LabelDefinition.of("GPE", "Place").withAttributes(AttributeDefinition.ofEnum("kind", "CITY", "COUNTRY"))));

    private SuggestReport runOn(LabelSet labels, RecognizerDescriptor... descriptors) throws Exception {
        return new SuggestionRun(store, labels, TARGET).run(List.of(descriptors), List.of("d1"), (done, total) -> { },
                Cancellation.NONE);
    }

    private static RecognizerDescriptor fixed(String id, Suggestion... suggestions) {
        return TestRecognizers.descriptor(TestRecognizers.fixed(id, suggestions));
    }

    @Test
    void ofTwoRecognizersProposingOneSpanTheMoreConfidentOneWinsAndItIsStoredOnce() throws Exception {
        int tokyo = TEXT.indexOf("Tokyo");
        SuggestReport report = runOn(WEAPONS, fixed("unsure", new Suggestion("GPE", tokyo, tokyo + 5, 0.4,
                Map.of("kind", "CITY"))), fixed("sure", new Suggestion("GPE", tokyo, tokyo + 5, 0.95,
                        Map.of("kind", "COUNTRY"))));
        List<Span> spans = store.loadLayer("d1", TARGET).spans();
        assertEquals(1, spans.size(), spans.toString());
        assertEquals("sure", spans.get(0).annotator());
        assertEquals(AttributeValue.ofEnum("COUNTRY"), spans.get(0).attributes().get("kind"));
        assertEquals(Map.of("GPE", 1), report.addedByLabel());
        assertEquals(1, runOn(WEAPONS, fixed("unsure", new Suggestion("GPE", tokyo, tokyo + 5, 0.4, Map.of())),
                fixed("sure", new Suggestion("GPE", tokyo, tokyo + 5, 0.95, Map.of()))).kept(), "and again: kept");
    }

    @Test
    void aSuggestionWhereTheSameWordsHaveItsParentOrChildLabelIsNotAdded() throws Exception {
        int tokyo = TEXT.indexOf("Tokyo");
        int osaka = TEXT.indexOf("Osaka");
        Layer layer = store.loadLayer("d1", TARGET);
        long revision = layer.revision();
        layer.add(Span.builder().range(tokyo, tokyo + 5).label("WEAPON").build());
        layer.add(Span.builder().range(osaka, osaka + 5).label("WEAPON.SPACE").status(SpanStatus.REJECTED).build());
        store.saveLayer(layer, revision);
        SuggestReport report = runOn(WEAPONS, fixed("r", new Suggestion("WEAPON.SPACE", tokyo, tokyo + 5, 0.9, Map.of()),
                new Suggestion("WEAPON", osaka, osaka + 5, 0.9, Map.of()),
                new Suggestion("GPE", osaka, osaka + 5, 0.9, Map.of())));
        assertEquals(Map.of("GPE", 1), report.addedByLabel(), "WEAPON.SPACE on a WEAPON and WEAPON on a rejected"
                + " WEAPON.SPACE are decisions already made; GPE is another label");
        assertEquals(3, store.loadLayer("d1", TARGET).size());
    }

    @Test
    void attributesTheLabelDoesNotDeclareAreLeftOutSoThatAcceptedSuggestionsValidate() throws Exception {
        int tokyo = TEXT.indexOf("Tokyo");
        int osaka = TEXT.indexOf("Osaka");
        SuggestReport report = runOn(WEAPONS, fixed("r",
                new Suggestion("GPE", tokyo, tokyo + 5, 1.0, Map.of("kind", "CITY", "acceptedCount", BigDecimal.TWO,
                        "conflicting", false)),
                new Suggestion("GPE", osaka, osaka + 5, 1.0, Map.of("kind", "VILLAGE")),
                new Suggestion("WEAPON.SPACE", 0, 1, 1.0, Map.of("topic", "SPACE"))));
        assertEquals(4, report.attributesLeftOut(), "acceptedCount, conflicting, a kind outside the enum, topic");
        Layer layer = store.loadLayer("d1", TARGET);
        assertEquals(List.of(Map.of(), Map.of("kind", AttributeValue.ofEnum("CITY")), Map.of()),
                layer.spans().stream().map(Span::attributes).toList());
        List.copyOf(layer.spans()).forEach(s -> layer.replace(s.withStatus(SpanStatus.ACCEPTED)));
        assertEquals(List.of(), new SpanValidator(WEAPONS).validate(layer), "accepting every suggestion validates");
    }

    @Test
    void aSubTypeTheLabelSetLacksIsLiftedToTheNearestLabelItHas() throws Exception {
        LabelSet flat = new LabelSet("f", "F", "1.0.0", List.of(LabelDefinition.of("WEAPON", "Weapon")));
        SuggestReport report = runOn(flat, fixed("r", new Suggestion("WEAPON.SPACE.ORBITAL", 0, 1, 1.0, Map.of()),
                new Suggestion("VEHICLE.CAR", 2, 3, 1.0, Map.of())));
        assertEquals(Map.of("WEAPON", 1), report.addedByLabel());
        assertEquals(1, report.dropped(), "VEHICLE.CAR has no ancestor in the set");
    }

    @Test
    void aLayerOpenElsewhereGetsThePlanInsteadOfTheStore() throws Exception {
        Layer open = store.loadLayer("d1", TARGET);
        List<String> asked = new java.util.ArrayList<>();
        OpenLayers editor = (id, planner) -> {
            asked.add(id);
            if (!id.equals("d1")) {
                return java.util.Optional.empty();
            }
            SuggestionPlan plan = planner.apply(open);
            plan.applyTo(open);
            return java.util.Optional.of(plan);
        };
        SuggestReport report = new SuggestionRun(store, LABELS, TARGET, editor).run(List.of(places("Tokyo|Osaka")),
                (done, total) -> { }, Cancellation.NONE);
        assertEquals(List.of("d1", "d2"), asked);
        assertEquals(3, open.size(), "the open copy took the suggestions");
        assertEquals(0, store.loadLayer("d1", TARGET).size(), "and the run did not save d1 itself");
        assertEquals(Map.of("GPE", 3), report.addedByLabel());
        assertEquals(0, report.layersSaved());
    }

    @Test
    void cancellingStopsTheRunBetweenDocuments() throws Exception {
        AtomicInteger seen = new AtomicInteger();
        SuggestionRun run = new SuggestionRun(store, LABELS, TARGET);
        assertThrows(RecognitionCancelledException.class, () -> run.run(List.of(places("Tokyo")),
                (done, total) -> seen.set((int) done), () -> seen.get() >= 1));
        assertEquals(1, seen.get());
        assertEquals(2, store.loadLayer("d1", TARGET).size(), "the finished document stays saved");
    }

    @Test
    void aRunOverChosenDocumentsLeavesTheOthersAlone() throws Exception {
        store.addDocument(Document.imported("d3", "Osaka again.", DocumentMetadata.NONE));
        List<Long> totals = new java.util.ArrayList<>();
        SuggestReport report = new SuggestionRun(store, LABELS, TARGET).run(List.of(places("Tokyo|Osaka")),
                List.of("d3"), (done, total) -> totals.add(total), Cancellation.NONE);
        assertEquals(1, report.documents());
        assertEquals(List.of(1L), totals, "progress counts the chosen documents only");
        assertEquals(1, store.loadLayer("d3", TARGET).size());
        assertEquals(0, store.loadLayer("d1", TARGET).size(), "d1 was not chosen");
    }

    @Test
    void aChosenDocumentThatIsNotInTheCorpusIsAnErrorNamingIt() {
        var e = assertThrows(aurum.corpus.store.CorpusStoreException.class, () -> new SuggestionRun(store, LABELS,
                TARGET).run(List.of(places("Tokyo")), List.of("gone"), (done, total) -> { }, Cancellation.NONE));
        assertTrue(e.getMessage().contains("'gone'"), e.getMessage());
    }
}
