package aurum.labels.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import aurum.core.model.LabelSet;
import aurum.core.model.LabelSetRef;
import aurum.core.model.Layer;
import aurum.core.model.LayerOwner;
import aurum.core.model.Span;
import aurum.core.model.SpanStatus;
import aurum.core.validation.Problem;
import aurum.core.validation.SpanValidator;
import aurum.corpus.importer.ImportProgress;
import aurum.corpus.importer.Importers;
import aurum.corpus.store.CorpusSettings;
import aurum.corpus.store.CorpusStore;
import aurum.corpus.store.DocumentBatch;
import aurum.corpus.store.DocumentInfo;
import aurum.labels.corpus.CorpusLabelSets;
import aurum.labels.dictionary.AcceptedSpan;
import aurum.labels.dictionary.ConsistencyCheck;
import aurum.labels.news.NewsLabels;
import aurum.labels.recognizer.Cancellation;
import aurum.labels.registry.LabelSetRegistry;
import aurum.labels.registry.RecognizerRegistry;
import aurum.labels.suggest.AcceptSuggestions;
import aurum.labels.suggest.SuggestReport;
import aurum.labels.suggest.SuggestionRun;

/**
 * The pre-annotation journey on the five sample documents with the installed plugins (news label set and
 * recognizers, corpus dictionary): suggest, accept every suggestion, suggest again (the dictionary now
 * knows the accepted names), accept again; the corpus then validates with no problem at all, holds no span
 * twice (not even as parent and sub-type on the same words), and gives every weapon its sub-type label.
 */
class SampleCorpusSuggestAcceptTest {

    private static final LayerOwner ALICE = LayerOwner.annotator("alice");

    @TempDir
    Path dir;

    @Test
    void suggestAndAcceptAllTwiceLeavesAValidCorpusWithoutDuplicates() throws Exception {
        CorpusStore store = CorpusStore.create(dir.resolve("samples"), CorpusSettings.of("samples",
                new LabelSetRef(NewsLabels.LABEL_SET_ID, NewsLabels.VERSION)));
        importSamples(store);
        LabelSet labels = new CorpusLabelSets(RecognizerRegistryTest.service(LabelSetRegistry.class)).resolve(store)
                .labelSet();
        List<String> ids = store.documents().stream().map(DocumentInfo::id).toList();
        assertEquals(5, ids.size());

        SuggestReport first = suggest(store, labels);
        assertTrue(first.addedByLabel().keySet().containsAll(Set.of("AMOUNT", "OFFICIAL", "WEAPON.HYPERSONIC",
                "WEAPON.SPACE")), first.addedByLabel().toString());
        assertEquals(List.of(), first.failures());
        AcceptSuggestions.Report accepted = AcceptSuggestions.run(store, ALICE, ids, label -> true);
        assertEquals(first.added(), accepted.accepted(), "every suggestion was accepted");

        SuggestReport second = suggest(store, labels);
        assertEquals(first.added(), second.kept(), "the accepted spans are not proposed again");
        AcceptSuggestions.run(store, ALICE, ids, label -> true);

        Map<String, Integer> byLabel = new TreeMap<>();
        for (String id : ids) {
            Layer layer = store.loadLayer(id, ALICE);
            List<Problem> problems = new SpanValidator(labels).validate(layer);
            assertEquals(List.of(), problems, "validation of " + id);
            Set<String> places = new HashSet<>();
            List<AcceptedSpan> decided = new ArrayList<>();
            for (Span span : layer.spans()) {
                assertEquals(SpanStatus.ACCEPTED, span.status(), span.toString());
                String family = labels.path(span.labelId()).get(0);
                assertTrue(places.add(span.start() + ":" + span.end() + ":" + family), "twice: " + span);
                assertTrue(!span.labelId().equals(NewsLabels.WEAPON), "a weapon without its sub-type: " + span);
                byLabel.merge(span.labelId(), 1, Integer::sum);
                decided.add(new AcceptedSpan(id, span.start(), span.end(), span.coveredText(layer.document().text()),
                        span.labelId()));
            }
            assertEquals(List.of(), ConsistencyCheck.conflicts(decided, true),
                    "no text of " + id + " is accepted with two labels (the Problems view's consistency warnings)");
        }
        System.out.println("[samples] accepted per label after two rounds: " + byLabel);
    }

    private static SuggestReport suggest(CorpusStore store, LabelSet labels) throws Exception {
        return new SuggestionRun(store, labels, ALICE).run(RecognizerRegistryTest.service(RecognizerRegistry.class)
                .forLabelSet(labels.id()), (done, total) -> { }, Cancellation.NONE);
    }

    /** Imports the samples the way {@code aurum import} does: in one batch, boilerplate regions and all. */
    private static void importSamples(CorpusStore store) throws Exception {
        Path samples = Path.of(System.getProperty("aurum.root", "../.."), "samples", "us-japan-defense");
        try (DocumentBatch batch = store.batch()) {
            Importers.plainText().read(samples, imported -> {
                try {
                    batch.add(imported.document(), imported.boilerplate());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, ImportProgress.NONE);
        }
    }
}
