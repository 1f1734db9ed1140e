package aurum.labels.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import aurum.core.model.Document;
import aurum.core.model.DocumentMetadata;
import aurum.core.model.LabelSet;
import aurum.core.model.LabelSetRef;
import aurum.core.model.LayerOwner;
import aurum.core.model.Span;
import aurum.core.model.SpanStatus;
import aurum.corpus.store.CorpusSettings;
import aurum.corpus.store.CorpusStore;
import aurum.labels.corpus.CorpusLabelSets;
import aurum.labels.recognizer.Cancellation;
import aurum.labels.recognizer.RecognitionInput;
import aurum.labels.recognizer.Recognizer;
import aurum.labels.registry.LabelSetRegistry;
import aurum.labels.registry.RecognizerContext;
import aurum.labels.registry.RecognizerDescriptor;
import aurum.labels.registry.RecognizerRegistry;
import aurum.labels.registry.SafeRecognition;
import aurum.labels.suggest.SuggestReport;
import aurum.labels.suggest.SuggestionRun;

/** The recognizer registry as plugins meet it: contributions from this bundle's and the news plugin's plugin.xml. */
class RecognizerRegistryTest {

    @TempDir
    Path dir;

    static <S> S service(Class<S> type) throws InterruptedException {
        BundleContext context = FrameworkUtil.getBundle(RecognizerRegistryTest.class).getBundleContext();
        ServiceTracker<S, S> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        try {
            S service = tracker.waitForService(10_000);
            assertNotNull(service, type.getSimpleName() + " is published as an OSGi service");
            return service;
        } finally {
            tracker.close();
        }
    }

    @Test
    void listsWellFormedContributionsSortedByIdAndSkipsOneWithoutId() throws Exception {
        List<String> ids = service(RecognizerRegistry.class).recognizers().stream().map(RecognizerDescriptor::id)
                .toList();
        assertEquals(List.of("aurum.labels.dictionary", "aurum.labels.news.amounts", "aurum.labels.news.officials",
                "aurum.labels.news.weapons", "aurum.labels.tests.failing", "aurum.labels.tests.missing",
                "aurum.labels.tests.persons"), ids);
        assertThrows(UnsupportedOperationException.class, () -> service(RecognizerRegistry.class).recognizers().clear());
    }

    @Test
    void forLabelSetIncludesRecognizersForAnyLabelSet() throws Exception {
        List<String> ids = service(RecognizerRegistry.class).forLabelSet("news").stream()
                .map(RecognizerDescriptor::id).toList();
        assertEquals(List.of("aurum.labels.dictionary", "aurum.labels.news.amounts", "aurum.labels.news.officials",
                "aurum.labels.news.weapons"), ids);
    }

    @Test
    void aMissingClassYieldsNoRecognizerInsteadOfAnException() throws Exception {
        LabelSet demo = service(LabelSetRegistry.class).find("demo", "1.0.0").orElseThrow();
        RecognizerDescriptor missing = service(RecognizerRegistry.class).find("aurum.labels.tests.missing").orElseThrow();
        assertTrue(missing.create(RecognizerContext.of(demo)).isEmpty());
    }

    @Test
    void theNewsPluginsAmountRecognizerRunsThroughTheRegistry() throws Exception {
        LabelSet news = service(LabelSetRegistry.class).find("news", "1.0.0").orElseThrow();
        Recognizer amounts = service(RecognizerRegistry.class).find("aurum.labels.news.amounts").orElseThrow()
                .create(RecognizerContext.of(news)).orElseThrow();
        String text = "Japan will spend $9.3 billion on defence.";
        var result = SafeRecognition.run(amounts, new RecognitionInput("d", text), news, Cancellation.NONE);
        assertEquals(List.of("$9.3 billion"), result.suggestions().stream().map(s -> s.coveredText(text)).toList());
    }

    /** The label set and recognizers contributed from this test bundle, used end to end on a corpus. */
    @Test
    void aCorpusOnTheContributedLabelSetGetsTheContributedSuggestionsDespiteAFailingRecognizer() throws Exception {
        CorpusStore store = CorpusStore.create(dir.resolve("c"),
                CorpusSettings.of("c", new LabelSetRef("demo", "1.0.0")));
        String text = "\uD83D\uDE80 Antony Blinken met\u00A0Lloyd Austin in Tokyo.\r\n";
        store.addDocument(Document.imported("d1", text, DocumentMetadata.NONE));
        LabelSet demo = new CorpusLabelSets(service(LabelSetRegistry.class)).resolve(store).labelSet();
        assertEquals("Demo", demo.name());
        List<RecognizerDescriptor> recognizers = service(RecognizerRegistry.class).forLabelSet("demo");
        SuggestReport report = new SuggestionRun(store, demo, LayerOwner.annotator("suggestions"))
                .run(recognizers, (done, total) -> { }, Cancellation.NONE);
        assertEquals(Map.of("PERSON", 2), report.addedByLabel());
        assertTrue(report.failures().stream().anyMatch(f -> f.contains("aurum.labels.tests.failing failed on document d1")),
                report.failures().toString());
        assertTrue(report.failures().stream().anyMatch(f -> f.contains("aurum.labels.tests.missing")),
                report.failures().toString());
        List<Span> spans = store.loadLayer("d1", LayerOwner.annotator("suggestions")).spans();
        assertEquals(List.of("Antony Blinken", "Lloyd Austin"), spans.stream().map(s -> s.coveredText(text)).toList());
        assertTrue(spans.stream().allMatch(s -> s.status() == SpanStatus.SUGGESTED
                && "aurum.labels.tests.persons".equals(s.annotator())));
    }

    @Test
    void theCorpusDictionaryProposesWhatAnnotatorsAcceptedElsewhere() throws Exception {
        CorpusStore store = CorpusStore.create(dir.resolve("c"),
                CorpusSettings.of("c", new LabelSetRef("demo", "1.0.0")));
        store.addDocument(Document.imported("d1", "Blinken spoke.", DocumentMetadata.NONE));
        store.addDocument(Document.imported("d2", "Later, Blinken left.", DocumentMetadata.NONE));
        var layer = store.loadLayer("d1", LayerOwner.annotator("alice"));
        layer.add(Span.builder().range(0, 7).label("PERSON").build());
        store.saveLayer(layer, 0);
        LabelSet demo = service(LabelSetRegistry.class).find("demo", "1.0.0").orElseThrow();
        SuggestReport report = new SuggestionRun(store, demo, LayerOwner.annotator("suggestions")).run(
                List.of(service(RecognizerRegistry.class).find("aurum.labels.dictionary").orElseThrow()),
                (done, total) -> { }, Cancellation.NONE);
        assertEquals(Map.of("PERSON", 1), report.addedByLabel(), "the accepted occurrence itself is not proposed again");
        assertEquals(List.of(7), store.loadLayer("d2", LayerOwner.annotator("suggestions")).spans().stream()
                .map(Span::start).toList());
    }
}
