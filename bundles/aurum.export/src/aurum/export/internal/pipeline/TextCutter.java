package aurum.export.internal.pipeline;

import java.util.ArrayList;
import java.util.List;

import aurum.core.text.UnicodeWhitespace;
import aurum.corpus.boilerplate.ExcludedRegion;

/**
 * Leaves excluded regions out of a document's text and moves the spans after them. A span touching an
 * excluded region is dropped and reported. Where cutting would glue two words together a single space
 * takes the region's place, so tokens never merge across a cut.
 */
final class TextCutter {

    record Cut(String text, List<Candidate> spans) {
    }

    private TextCutter() {
    }

    static Cut cut(String document, String text, List<ExcludedRegion> regions, List<Candidate> spans, ReportSink report) {
        if (regions.isEmpty()) {
            return new Cut(text, spans);
        }
        StringBuilder out = new StringBuilder(text.length());
        int[] regionEnds = new int[regions.size()];
        int[] shiftAfter = new int[regions.size()];
        int from = 0;
        for (int i = 0; i < regions.size(); i++) {
            ExcludedRegion r = regions.get(i);
            out.append(text, from, r.start());
            boolean glue = r.start() > 0 && r.end() < text.length() && !blank(text.codePointBefore(r.start()))
                    && !blank(text.codePointAt(r.end()));
            if (glue) {
                out.append(' ');
            }
            regionEnds[i] = r.end();
            shiftAfter[i] = r.end() - out.length();
            from = r.end();
        }
        out.append(text, from, text.length());
        List<Candidate> kept = new ArrayList<>(spans.size());
        for (Candidate c : spans) {
            ExcludedRegion hit = null;
            int shift = 0;
            for (int i = 0; i < regions.size(); i++) {
                ExcludedRegion r = regions.get(i);
                if (r.overlaps(c.start(), c.end())) {
                    hit = r;
                    break;
                }
                if (regionEnds[i] <= c.start()) {
                    shift = shiftAfter[i];
                }
            }
            if (hit != null) {
                report.add(document, c, "dropped", "inside excluded region [" + hit.start() + ", " + hit.end() + ") "
                        + hit.kind() + ": " + hit.reason());
            } else {
                kept.add(c.withRange(c.start() - shift, c.end() - shift));
            }
        }
        return new Cut(out.toString(), kept);
    }

    private static boolean blank(int codePoint) {
        return UnicodeWhitespace.isBlank(codePoint);
    }
}
