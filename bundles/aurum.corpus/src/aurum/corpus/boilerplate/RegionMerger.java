package aurum.corpus.boilerplate;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns per-line proposals into regions: each covers the visible part of its lines, and neighbouring
 * lines of the same kind separated only by blank lines become one region (one thing to review).
 */
final class RegionMerger {

    private RegionMerger() {
    }

    static List<ExcludedRegion> merge(String page, List<Line> lines, BoilerplateDetector.Proposal[] proposals) {
        List<ExcludedRegion> regions = new ArrayList<>();
        ExcludedRegion open = null;
        int lastProposed = -1;
        for (int i = 0; i < lines.size(); i++) {
            BoilerplateDetector.Proposal p = proposals[i];
            if (p == null) {
                if (!lines.get(i).isBlank() && open != null) {
                    regions.add(open);
                    open = null;
                }
                continue;
            }
            Line line = lines.get(i);
            int start = safeStart(page, line.contentStart(page));
            int end = safeEnd(page, line.contentEnd(page));
            if (open != null && open.kind() == p.kind() && lastProposed == previousNonBlank(lines, i)) {
                open = new ExcludedRegion(open.start(), end, open.kind(), open.reason());
            } else {
                if (open != null) {
                    regions.add(open);
                }
                open = new ExcludedRegion(start, end, p.kind(), p.reason());
            }
            lastProposed = i;
        }
        if (open != null) {
            regions.add(open);
        }
        return List.copyOf(regions);
    }

    private static int previousNonBlank(List<Line> lines, int i) {
        int j = i - 1;
        while (j >= 0 && lines.get(j).isBlank()) {
            j--;
        }
        return j;
    }

    /** Line boundaries never fall inside a surrogate pair, but guard anyway: regions are API. */
    private static int safeStart(String page, int offset) {
        return offset > 0 && offset < page.length() && Character.isLowSurrogate(page.charAt(offset))
                && Character.isHighSurrogate(page.charAt(offset - 1)) ? offset - 1 : offset;
    }

    private static int safeEnd(String page, int offset) {
        return offset > 0 && offset < page.length() && Character.isLowSurrogate(page.charAt(offset))
                && Character.isHighSurrogate(page.charAt(offset - 1)) ? offset + 1 : offset;
    }
}
