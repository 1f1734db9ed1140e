package aurum.corpus.boilerplate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Proposes the boilerplate regions of one news page text, line by line. The page is read in three
 * zones: the header (before the first paragraph of running prose), the body, and the tail (from a
 * "Related Stories" / "Source Credits"-style heading in the second half of the page, or after the last
 * prose paragraph). Keyword rules fire anywhere, but only on short lines; shape rules (runs of short
 * link-like lines, section labels, repeated headlines) fire only in the header and the tail, so that
 * sub-headings and short lists inside the article are kept. Stateless and thread-safe.
 */
public final class BoilerplateDetector {

    /** Minimum run of short non-sentence lines that is taken for a menu or a list of links. */
    private static final int LINK_RUN = 3;
    /** Menu items above the article are a word or three; story titles below it run longer. */
    private static final int MENU_MAX_WORDS = 4;
    private static final int TEASER_MAX_WORDS = 12;

    /** Proposes excluded regions, sorted and non-overlapping, in UTF-16 offsets into {@code page}. */
    public List<ExcludedRegion> propose(String page) {
        List<Line> lines = LineSplitter.split(page);
        int n = lines.size();
        LineShape[] shapes = new LineShape[n];
        for (int i = 0; i < n; i++) {
            shapes[i] = LineShape.of(lines.get(i).text());
        }
        Matches rules = new Matches(shapes);
        int firstProse = firstProse(shapes, 0);
        int tail = tailStart(page, lines, shapes, rules, firstProse);
        int lastProse = lastProse(shapes, tail);
        RegionKind tailKind = tail < n ? rules.at(tail).orElseThrow().kind() : RegionKind.OTHER;
        int headline = headline(shapes, rules, firstProse);
        Proposal[] proposals = new Proposal[n];
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < n; i++) {
            Line line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            Optional<LineRules.Rule> rule = rules.at(i);
            boolean repeated = !seen.add(shapes[i].folded());
            if (i >= tail && rule.map(r -> r.kind() == RegionKind.OTHER || r.startsTail()).orElse(true)) {
                proposals[i] = i == tail ? new Proposal(tailKind, rule.get().name())
                        : new Proposal(tailKind, "below \"" + lines.get(tail).text() + "\"");
            } else if (rule.isPresent()) {
                proposals[i] = new Proposal(rule.get().kind(), rule.get().name());
            } else if (i == headline) {
                continue;
            } else if (i < firstProse && repeated) {
                proposals[i] = new Proposal(RegionKind.OTHER, "repeated headline or caption");
            } else if (i < firstProse && isSectionLabel(lines, shapes, i, firstProse)) {
                proposals[i] = new Proposal(RegionKind.NAVIGATION, "section label above the headline");
            }
        }
        markLinkRuns(lines, shapes, proposals, 0, firstProse, MENU_MAX_WORDS, RegionKind.NAVIGATION, headline);
        markLinkRuns(lines, shapes, proposals, lastProse + 1, n, TEASER_MAX_WORDS, RegionKind.RELATED_STORIES, -1);
        return RegionMerger.merge(page, lines, proposals);
    }

    /** What is proposed for one line; merged with its neighbours into regions. */
    record Proposal(RegionKind kind, String reason) {
    }

    /** The keyword rule of each line, matched once: the rules are regular expressions, most of the cost. */
    private static final class Matches {
        private final LineShape[] shapes;
        private final List<Optional<LineRules.Rule>> matched;

        Matches(LineShape[] shapes) {
            this.shapes = shapes;
            this.matched = new ArrayList<>(Collections.nCopies(shapes.length, null));
        }

        Optional<LineRules.Rule> at(int line) {
            Optional<LineRules.Rule> rule = matched.get(line);
            if (rule == null) {
                rule = LineRules.match(shapes[line]);
                matched.set(line, rule);
            }
            return rule;
        }
    }

    private static int firstProse(LineShape[] shapes, int from) {
        for (int i = from; i < shapes.length; i++) {
            if (shapes[i].isProse() && shapes[i].endsLikeSentence()) {
                return i;
            }
        }
        return shapes.length;
    }

    /** The longest line above the article that no keyword rule claims: the headline, always kept. */
    private static int headline(LineShape[] shapes, Matches rules, int firstProse) {
        int best = -1;
        for (int i = 0; i < firstProse; i++) {
            if (rules.at(i).isEmpty() && (best < 0 || shapes[i].words() > shapes[best].words())) {
                best = i;
            }
        }
        return best;
    }

    private static int lastProse(LineShape[] shapes, int before) {
        for (int i = before - 1; i >= 0; i--) {
            if (shapes[i].isProse()) {
                return i;
            }
        }
        return -1;
    }

    /** The first tail heading after the article has started and past the middle of the page. */
    private static int tailStart(String page, List<Line> lines, LineShape[] shapes, Matches rules, int firstProse) {
        for (int i = firstProse + 1; i < lines.size(); i++) {
            if (lines.get(i).start() * 2L >= page.length()
                    && rules.at(i).map(LineRules.Rule::startsTail).orElse(false)) {
                return i;
            }
        }
        return lines.size();
    }

    /** A two- or three-word label without function words, directly above a longer headline. */
    private static boolean isSectionLabel(List<Line> lines, LineShape[] shapes, int i, int firstProse) {
        LineShape s = shapes[i];
        if (s.words() == 0 || s.words() > 3 || s.stopWordRatio() > 0 || s.endsLikeSentence()) {
            return false;
        }
        for (int j = i + 1; j < firstProse; j++) {
            if (!lines.get(j).isBlank()) {
                return shapes[j].words() > s.words() + 2 && nextNonBlank(lines, j + 1) < firstProse;
            }
        }
        return false;
    }

    private static int nextNonBlank(List<Line> lines, int from) {
        int j = from;
        while (j < lines.size() && lines.get(j).isBlank()) {
            j++;
        }
        return j;
    }

    /** Runs of at least {@link #LINK_RUN} short lines that do not read as sentences: menus, link lists. */
    private static void markLinkRuns(List<Line> lines, LineShape[] shapes, Proposal[] proposals, int from, int to,
            int maxWords, RegionKind kind, int keep) {
        List<Integer> run = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            boolean member = i < to && i != keep && !lines.get(i).isBlank() && shapes[i].words() <= maxWords
                    && !shapes[i].endsLikeSentence();
            if (member) {
                run.add(i);
            } else if (i == to || !lines.get(i).isBlank()) {
                if (run.size() >= LINK_RUN) {
                    for (int k : run) {
                        if (proposals[k] == null) {
                            proposals[k] = new Proposal(kind, "run of short link-like lines");
                        }
                    }
                }
                run.clear();
            }
        }
    }
}
