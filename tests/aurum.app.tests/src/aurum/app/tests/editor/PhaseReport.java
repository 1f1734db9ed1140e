package aurum.app.tests.editor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.ui.IViewPart;

import aurum.editor.internal.timing.PhaseTimes;
import aurum.editor.navigator.CorpusNavigatorView;
import aurum.editor.views.AnnotatedDocumentView;

/**
 * Collects the editor's and views' {@link PhaseTimes} over several runs and prints the median wall and
 * CPU time of each phase, so the scale benchmark's totals explain themselves.
 */
final class PhaseReport {

    private final Map<String, List<long[]>> runs = new LinkedHashMap<>();

    /** Adds every phase of {@code times} whose name starts with {@code prefix}, naming it {@code owner: phase}. */
    void add(String owner, PhaseTimes times, String prefix) {
        for (PhaseTimes.Phase phase : times.phases()) {
            if (phase.name().startsWith(prefix)) {
                add(owner + phase.name() + " [" + phase.thread() + "]", phase.wallNanos(), phase.cpuNanos());
            }
        }
    }

    /** Adds the phases of the view {@code id} (Labels, Annotations, … or the navigator), if it is open. */
    void addView(String name, IViewPart view, String phase) {
        PhaseTimes times = view instanceof AnnotatedDocumentView v ? v.times()
                : view instanceof CorpusNavigatorView n ? n.times() : null;
        if (times == null) {
            return;
        }
        PhaseTimes.Phase last = times.phase(phase);
        if (last != null) {
            add("view " + name + ": " + phase + " [UI]", last.wallNanos(), last.cpuNanos());
        }
        times.clear();
    }

    /** Adds one measurement. */
    void add(String name, long wallNanos, long cpuNanos) {
        runs.computeIfAbsent(name, k -> new ArrayList<>()).add(new long[] {wallNanos, cpuNanos});
    }

    /** One line per phase: median wall and CPU over the runs that had it. */
    List<String> lines(String indent) {
        List<String> lines = new ArrayList<>();
        runs.forEach((name, values) -> {
            long[] walls = values.stream().mapToLong(v -> v[0]).toArray();
            long[] cpus = values.stream().mapToLong(v -> v[1]).filter(c -> c >= 0).toArray();
            lines.add(String.format(Locale.ROOT, "%s%-78s median %8.2f ms wall, %s (max %.2f ms wall; %d runs)",
                    indent, name, median(walls) / 1e6,
                    cpus.length == 0 ? "     cpu n/a" : String.format(Locale.ROOT, "%8.2f ms cpu", median(cpus) / 1e6),
                    Arrays.stream(walls).max().orElse(0) / 1e6, walls.length));
        });
        return lines;
    }

    static double median(long[] values) {
        if (values.length == 0) {
            return 0;
        }
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
