package aurum.learn;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import aurum.core.model.Document;
import aurum.core.model.DocumentMetadata;
import aurum.core.model.LabelDefinition;
import aurum.core.model.LabelSet;
import aurum.core.model.Layer;
import aurum.core.model.LayerOwner;
import aurum.core.model.LayerState;
import aurum.core.model.Span;
import aurum.core.model.SpanStatus;
import aurum.corpus.store.CorpusService;
import aurum.corpus.store.CorpusSettings;
import aurum.corpus.store.CorpusStore;
import aurum.corpus.store.CorpusStoreException;
import aurum.labels.corpus.CorpusLabelSets;
import aurum.labels.registry.LabelSetRegistry;

/** A stored corpus with its own label set (no plugin) whose documents carry accepted spans. */
final class TestCorpus {

    /** A label set no plugin knows, as a team would write in the corpus's labelset.json. */
    static final LabelSet PLACES = new LabelSet("places", "Places", "1.0.0",
            List.of(LabelDefinition.of("CITY", "City"), LabelDefinition.of("ORG", "Organisation")));
    static final LayerOwner ANNOTATOR = LayerOwner.annotator("ann");

    private TestCorpus() {
    }

    /** A corpus in {@code dir} holding {@code documents}, their spans ACCEPTED in one annotator's layer. */
    static CorpusStore create(Path dir, List<TrainingDocument> documents, boolean done) throws Exception {
        CorpusStore store = CorpusStore.create(dir, CorpusSettings.of("test", PLACES.ref()));
        CorpusLabelSets.writeCorpusFile(dir, PLACES);
        for (TrainingDocument d : documents) {
            store.addDocument(Document.imported(d.id(), d.text(), DocumentMetadata.NONE));
            accept(store, d.id(), d.spans(), done);
        }
        return store;
    }

    /** Adds spans as ACCEPTED to the annotator's layer of a stored document. */
    static void accept(CorpusStore store, String id, List<TrainingSpan> spans, boolean done) throws Exception {
        Layer layer = store.loadLayer(id, ANNOTATOR);
        long revision = layer.revision();
        for (TrainingSpan s : spans) {
            layer.add(Span.builder().range(s.start(), s.end()).label(s.labelId()).annotator("ann")
                    .status(SpanStatus.ACCEPTED).build());
        }
        if (done) {
            layer.setState(LayerState.DONE);
        }
        store.saveLayer(layer, revision);
    }

    /** Opens stores directly, as the shared service would. */
    static CorpusService service() {
        return new CorpusService() {
            @Override
            public CorpusStore open(Path dir) throws CorpusStoreException {
                return CorpusStore.open(dir);
            }

            @Override
            public CorpusStore create(Path dir, CorpusSettings settings) throws CorpusStoreException {
                return CorpusStore.create(dir, settings);
            }

            @Override
            public List<CorpusStore> openStores() {
                return List.of();
            }

            @Override
            public void close(Path dir) {
            }
        };
    }

    /** No installed label sets: corpora here carry their own. */
    static LabelSetRegistry noPlugins() {
        return new LabelSetRegistry() {
            @Override
            public List<LabelSet> labelSets() {
                return List.of();
            }

            @Override
            public Optional<LabelSet> find(String id, String version) {
                return Optional.empty();
            }
        };
    }
}
