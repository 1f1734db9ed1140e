package aurum.learn.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import opennlp.tools.ml.model.AbstractDataIndexer;
import opennlp.tools.ml.model.DataIndexer;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.OnePassDataIndexer;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;

class MergingIndexerTest {

    /** Events of the name finder's own features for a few repetitive documents (many identical events). */
    private static List<Event> events() {
        List<NameSample> samples = new ArrayList<>();
        String[] cities = {"Brno", "Ostrava", "Plzen"};
        for (int d = 0; d < 12; d++) {
            for (int s = 0; s < 3; s++) {
                String[] words = {"Talks", "in", cities[(d + s) % 3], "ended", "on", "day", "" + (d % 4), "."};
                samples.add(new NameSample(words, new Span[] {new Span(2, 3, "l0")}, s == 0));
            }
        }
        return NameFinderFitting.events(samples, new TokenNameFinderFactory(), 1);
    }

    /** Each distinct event (outcome and feature names) with how often it was seen. */
    private static Map<String, Integer> canonical(DataIndexer indexer) {
        Map<String, Integer> out = new TreeMap<>();
        for (int i = 0; i < indexer.getContexts().length; i++) {
            List<String> features = new ArrayList<>();
            for (int p : indexer.getContexts()[i]) {
                features.add(indexer.getPredLabels()[p]);
            }
            features.sort(null);
            out.merge(indexer.getOutcomeLabels()[indexer.getOutcomeList()[i]] + features,
                    indexer.getNumTimesEventsSeen()[i], Integer::sum);
        }
        return out;
    }

    private static Map<String, Integer> predicateCounts(DataIndexer indexer) {
        Map<String, Integer> out = new TreeMap<>();
        for (int p = 0; p < indexer.getPredLabels().length; p++) {
            out.put(indexer.getPredLabels()[p], indexer.getPredCounts()[p]);
        }
        return out;
    }

    @Test
    void indexesAsOpenNlpsOnePassIndexerDoes() throws Exception {
        List<Event> events = events();
        for (int cutoff : new int[] {1, 3, 40}) {
            TrainingParameters parameters = new TrainingParameters();
            parameters.put(TrainingParameters.CUTOFF_PARAM, cutoff);
            parameters.put(AbstractDataIndexer.SORT_PARAM, true);
            OnePassDataIndexer theirs = new OnePassDataIndexer();
            theirs.init(parameters, new HashMap<>());
            theirs.index(ObjectStreamUtils.createObjectStream(events));
            MergingIndexer ours = MergingIndexer.of(events, cutoff);

            assertEquals(canonical(theirs), canonical(ours), "cutoff " + cutoff);
            assertEquals(predicateCounts(theirs), predicateCounts(ours), "cutoff " + cutoff);
            assertEquals(theirs.getNumEvents(), ours.getNumEvents(), "cutoff " + cutoff);
            assertEquals(java.util.Set.of(theirs.getOutcomeLabels()), java.util.Set.of(ours.getOutcomeLabels()));
            assertTrue(ours.getContexts().length < events.size(), "identical events are merged");
        }
    }
}
