package aurum.labels.news;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import aurum.labels.recognizer.SpanRules;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Keeps the hand-made gold honest: offsets must point at the text written next to them. */
class GoldAnnotationTest {

    @Test
    void everyGoldLineTextEqualsTheDocumentSubstringAtItsOffsets() {
        List<SampleCorpus.Document> documents = SampleCorpus.load();
        assertEquals(5, documents.size());
        for (SampleCorpus.Document d : documents) {
            assertTrue(!d.gold().isEmpty(), d.id() + " has gold spans");
            for (SampleCorpus.GoldSpan g : d.gold()) {
                assertEquals(g.text(), d.text().substring(g.start(), g.end()), d.id() + " at " + g.start());
                assertTrue(SpanRules.isWellFormed(d.text(), g.start(), g.end()), d.id() + " " + g);
                assertTrue(Set.of(NewsLabels.AMOUNT, NewsLabels.OFFICIAL).contains(g.label())
                        || new WeaponRecognizer().labelIds().contains(g.label()), g.label());
            }
        }
    }

    @Test
    void goldSpansDoNotOverlap() {
        for (SampleCorpus.Document d : SampleCorpus.load()) {
            for (int i = 1; i < d.gold().size(); i++) {
                assertTrue(d.gold().get(i).start() >= d.gold().get(i - 1).end(), d.id() + " " + d.gold().get(i));
            }
        }
    }
}
