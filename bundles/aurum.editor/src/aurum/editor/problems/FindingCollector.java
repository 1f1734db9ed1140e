package aurum.editor.problems;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import aurum.core.model.Document;
import aurum.core.model.LabelSet;
import aurum.core.model.Span;
import aurum.core.model.SpanStatus;
import aurum.core.validation.Problem;
import aurum.core.validation.Severity;
import aurum.core.validation.SpanValidator;
import aurum.labels.dictionary.AcceptedSpan;
import aurum.labels.dictionary.ConsistencyCheck;
import aurum.labels.dictionary.LabelConflict;

/**
 * Finds the problems of one document's spans: what {@link SpanValidator} reports, and the spans whose
 * text is tagged with another label elsewhere in the same document ({@link ConsistencyCheck}). Headless
 * and safe to run off the UI thread on a copy of the spans.
 */
public final class FindingCollector {

    private FindingCollector() {
    }

    /** The findings, by offset. */
    public static List<Finding> collect(Document document, LabelSet labels, List<Span> spans) {
        List<Finding> findings = new ArrayList<>();
        for (Problem problem : new SpanValidator(labels).validate(document, spans)) {
            findings.add(new Finding(problem.severity(), "validation", problem.message(), problem.offset(),
                    problem.spanId()));
        }
        findings.addAll(inconsistencies(document, spans));
        findings.sort(Comparator.comparingInt(Finding::offset).thenComparing(Finding::message));
        return findings;
    }

    /** A warning on each span whose label is not the most common one for its text in this document. */
    static List<Finding> inconsistencies(Document document, List<Span> spans) {
        String text = document.text();
        List<Span> decided = spans.stream().filter(s -> s.end() <= text.length())
                .filter(s -> s.status() != SpanStatus.SUGGESTED && s.status() != SpanStatus.REJECTED).toList();
        List<AcceptedSpan> accepted = decided.stream()
                .map(s -> new AcceptedSpan(document.id(), s.start(), s.end(), s.coveredText(text), s.labelId()))
                .toList();
        // the spans of each folded text, found once: looking through every span for every conflicting text
        // was quadratic, minutes of a core for a 100k-span layer with a few hundred conflicting strings
        Map<String, List<Span>> byText = new HashMap<>();
        for (Span span : decided) {
            byText.computeIfAbsent(normal(span.coveredText(text)), key -> new ArrayList<>()).add(span);
        }
        List<Finding> findings = new ArrayList<>();
        for (LabelConflict conflict : ConsistencyCheck.conflicts(accepted, true)) {
            String commonest = conflict.labelCounts().keySet().iterator().next();
            String counts = conflict.labelCounts().entrySet().stream()
                    .map(e -> e.getKey() + " " + e.getValue() + "×").collect(Collectors.joining(", "));
            for (Span span : byText.getOrDefault(normal(conflict.surface()), List.of())) {
                if (!span.labelId().equals(commonest)) {
                    findings.add(new Finding(Severity.WARNING, "consistency", "'" + conflict.surface()
                            + "' is tagged " + span.labelId() + " here but " + commonest
                            + " more often in this document (" + counts + "); relabel one of them",
                            span.start(), span.id()));
                }
            }
        }
        return findings;
    }

    /** Case and whitespace folded as the consistency check folds them (no-break spaces count as spaces). */
    private static String normal(String surface) {
        StringBuilder sb = new StringBuilder(surface.length());
        boolean pendingSpace = false;
        for (int i = 0; i < surface.length();) {
            int cp = surface.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                pendingSpace = sb.length() > 0;
                continue;
            }
            if (pendingSpace) {
                sb.append(' ');
                pendingSpace = false;
            }
            sb.appendCodePoint(Character.toLowerCase(Character.toUpperCase(cp)));
        }
        return sb.toString();
    }

    /**
     * The findings to list when at most {@code limit} can be: all of them if they fit, else errors
     * before warnings, each part in the order given (by offset).
     */
    public static List<Finding> listed(List<Finding> findings, int limit) {
        if (findings.size() <= limit) {
            return findings;
        }
        List<Finding> listed = new ArrayList<>(limit);
        for (Severity severity : new Severity[] {Severity.ERROR, Severity.WARNING}) {
            for (Finding finding : findings) {
                if (listed.size() < limit && finding.severity() == severity) {
                    listed.add(finding);
                }
            }
        }
        return listed;
    }

    /** Counts per severity, for the view's summary line. */
    public static Map<Severity, Long> counts(List<Finding> findings) {
        return findings.stream().collect(Collectors.groupingBy(Finding::severity, Collectors.counting()));
    }
}
