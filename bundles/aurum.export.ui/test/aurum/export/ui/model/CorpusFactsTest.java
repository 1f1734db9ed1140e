package aurum.export.ui.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import aurum.core.model.LabelDefinition;
import aurum.core.model.LabelSet;
import aurum.corpus.store.CorpusStore;

class CorpusFactsTest {

    @Test
    void annotatorsLeaveOutTheSuggestionsLayerAndGoldIsCounted(@TempDir Path dir) throws Exception {
        CorpusFacts facts = Corpora.facts(Corpora.sample(dir.resolve("c")));
        assertEquals(List.of("alice", "bob"), facts.annotators());
        assertEquals(3, facts.documents());
        assertEquals(2, facts.goldDocuments());
        assertEquals("news desk", facts.name());
    }

    @Test
    void labelsComeInLabelSetOrderThenTheOnesFoundInLayers(@TempDir Path dir) throws Exception {
        CorpusStore store = Corpora.sample(dir.resolve("c"));
        LabelSet set = new LabelSet("news", "News", "1.0.0",
                List.of(LabelDefinition.of("PER", "Person"), LabelDefinition.of("LOC", "Location")));
        CorpusFacts facts = CorpusFacts.read(store, Optional.of(set));
        assertEquals(List.of("PER", "LOC", "GPE_X", "ORG"), List.copyOf(facts.labels().keySet()));
        assertEquals("Person", facts.labels().get("PER"));
        assertEquals("ORG", facts.labels().get("ORG"), "a label outside the set is shown by its id");
    }
}
