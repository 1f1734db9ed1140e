package aurum.bench.learn;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import aurum.labels.recognizer.Suggestion;

/** Lists a document's misses and false alarms (for tuning on the tuning half only). */
final class Errors {

    private Errors() {
    }

    static void print(DevSet.Doc d, List<Suggestion> predicted) {
        Set<String> gold = new TreeSet<>();
        d.gold().forEach(g -> gold.add(g.start() + ":" + g.end() + ":" + Scores.top(g.label())));
        Set<String> found = new TreeSet<>();
        for (Suggestion s : predicted) {
            String key = s.start() + ":" + s.end() + ":" + Scores.top(s.labelId());
            found.add(key);
            if (!gold.contains(key)) {
                System.out.printf("  extra  %s %-8s '%s'%n", d.id(), Scores.top(s.labelId()), s.coveredText(d.text()));
            }
        }
        for (DevSet.Gold g : d.gold()) {
            if (!found.contains(g.start() + ":" + g.end() + ":" + Scores.top(g.label()))) {
                System.out.printf("  missed %s %-8s '%s'%n", d.id(), Scores.top(g.label()), d.text().substring(g.start(), g.end()));
            }
        }
    }
}
