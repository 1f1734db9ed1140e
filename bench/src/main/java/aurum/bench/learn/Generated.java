package aurum.bench.learn;

import java.util.ArrayList;
import java.util.List;

import aurum.bench.generator.DocumentSource;
import aurum.bench.generator.NewsDocument;
import aurum.learn.TrainingDocument;
import aurum.learn.TrainingSpan;

/** Documents of the bench's news-like generator as training data and as scored documents (outer spans only). */
final class Generated {

    private final DocumentSource source;

    Generated(long seed) {
        this.source = new DocumentSource(seed);
    }

    /** Documents {@code from} to {@code to - 1} (counting from 1), nested spans dropped as the guideline keeps the outer one. */
    List<DevSet.Doc> docs(int from, int to) {
        List<DevSet.Doc> out = new ArrayList<>();
        for (int n = from; n < to; n++) {
            NewsDocument d = source.document(n);
            List<DevSet.Gold> gold = new ArrayList<>();
            int free = 0;
            for (var s : d.spans()) { // sorted by start, longer first
                if (s.start() >= free) {
                    gold.add(new DevSet.Gold(s.start(), s.end(), s.label()));
                    free = s.end();
                }
            }
            out.add(new DevSet.Doc(d.id(), d.text(), gold));
        }
        return out;
    }

    static List<TrainingDocument> training(List<DevSet.Doc> docs) {
        List<TrainingDocument> out = new ArrayList<>();
        for (DevSet.Doc d : docs) {
            out.add(new TrainingDocument(d.id(), d.text(),
                    d.gold().stream().map(g -> new TrainingSpan(g.start(), g.end(), g.label())).toList(), true));
        }
        return out;
    }
}
