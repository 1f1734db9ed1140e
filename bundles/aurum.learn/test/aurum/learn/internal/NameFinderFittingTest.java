package aurum.learn.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import opennlp.tools.ml.model.Event;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.util.Span;

class NameFinderFittingTest {

    /** Ten documents of 1 to 4 samples; a name in each sample, so the previous-decision features matter. */
    private static List<NameSample> samples() {
        List<NameSample> out = new ArrayList<>();
        for (int d = 0; d < 10; d++) {
            for (int s = 0; s <= d % 4; s++) {
                String[] words = {"Talks", "in", s % 2 == 0 ? "Brno" : "Ostrava", "ended", "on", "day", "" + s, "."};
                out.add(new NameSample(words, new Span[] {new Span(2, 3, "l0")}, s == 0));
            }
        }
        return out;
    }

    @Test
    void sharesAreRunsOfWholeDocumentsInOrder() {
        List<NameSample> samples = samples();
        for (int n = 1; n <= 5; n++) {
            List<List<NameSample>> shares = NameFinderFitting.shares(samples, n);
            assertTrue(shares.size() <= n, n + " -> " + shares.size());
            List<NameSample> joined = new ArrayList<>();
            for (List<NameSample> share : shares) {
                assertTrue(share.get(0).isClearAdaptiveDataSet(), "a share starts with a document");
                joined.addAll(share);
            }
            assertEquals(samples, joined);
        }
    }

    @Test
    void eventsMadeOnSeveralThreadsAreTheEventsMadeOnOne() {
        List<NameSample> samples = samples();
        TokenNameFinderFactory factory = new TokenNameFinderFactory();
        List<String> one = NameFinderFitting.events(samples, factory, 1).stream().map(Event::toString).toList();
        List<String> two = NameFinderFitting.events(samples, factory, 2).stream().map(Event::toString).toList();
        assertEquals(samples.stream().mapToInt(s -> s.getSentence().length).sum(), one.size());
        assertEquals(one, two);
    }
}
