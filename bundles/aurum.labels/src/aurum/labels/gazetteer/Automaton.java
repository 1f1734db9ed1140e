package aurum.labels.gazetteer;

/**
 * The compiled Aho–Corasick automaton, held in flat arrays so that a 100,000-entry dictionary costs a
 * few bytes per trie node instead of a map per node. Nodes are numbered in breadth-first order, so the
 * children of node {@code n} are the nodes {@code first[n] .. first[n+1]-1}, sorted by their
 * {@code label}; the root's children are also indexed densely for the common first step.
 */
final class Automaton {

    static final int ROOT = 0;
    private static final int LINEAR_SEARCH_LIMIT = 8;

    final char[] label;
    final int[] first;
    final int[] fail;
    final int[] depth;
    /** The first entry whose key ends at the node, or -1. */
    final int[] entryAt;
    /** The nearest node on the failure chain (excluding the node itself) where an entry ends, or -1. */
    final int[] outputLink;
    private final int[] rootNext;

    Automaton(char[] label, int[] first, int[] fail, int[] depth, int[] entryAt, int[] outputLink, int[] rootNext) {
        this.label = label;
        this.first = first;
        this.fail = fail;
        this.depth = depth;
        this.entryAt = entryAt;
        this.outputLink = outputLink;
        this.rootNext = rootNext;
    }

    int nodeCount() {
        return label.length;
    }

    /** The child of {@code node} reached by {@code c}, or -1 ({@code ROOT} itself never is a child). */
    int child(int node, char c) {
        if (node == ROOT) {
            int next = rootNext[c];
            return next == ROOT ? -1 : next;
        }
        int lo = first[node];
        int hi = first[node + 1];
        if (hi - lo <= LINEAR_SEARCH_LIMIT) {
            for (int i = lo; i < hi; i++) {
                if (label[i] == c) {
                    return i;
                }
            }
            return -1;
        }
        hi--;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            char m = label[mid];
            if (m < c) {
                lo = mid + 1;
            } else if (m > c) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    /** The state after reading {@code c} in {@code state}, following failure links as needed. */
    int next(int state, char c) {
        int s = state;
        while (true) {
            if (s == ROOT) {
                return rootNext[c];
            }
            int t = child(s, c);
            if (t >= 0) {
                return t;
            }
            s = fail[s];
        }
    }

    /** The first node on {@code state}'s output chain (itself or a suffix) where an entry ends, or -1. */
    int firstOutput(int state) {
        return entryAt[state] >= 0 ? state : outputLink[state];
    }
}
