package aurum.labels.gazetteer;

import java.util.Map;

/**
 * The compiled Aho–Corasick automaton. What a scan step reads sits in one flat {@code int} array of
 * 8-byte records (label, saturating depth, a has-output bit and child count in one word; where the
 * children start in the other), so a 100,000-entry dictionary's hot data is half the size it was with
 * 16-byte records and stays in the last-level cache. Failure links and output links live in separate
 * arrays, read only on a mismatch or at a node whose has-output bit is set. The children of a node are
 * consecutive and sorted by label; children blocks are laid out depth-first, so the long single-child
 * chains inside words sit next to each other in memory.
 */
final class Automaton {

    static final int ROOT = 0;
    /** Child counts at or above this are kept in {@link #wideCounts}, not in the record. */
    static final int WIDE = 0xFF;
    /** Depths at or above this are read from {@link #depth}, not from the record. */
    static final int DEEP = 0x7F;
    static final int DEPTH_SHIFT = 9;
    /** Set in the record of a node whose suffix chain holds an entry, so other nodes never read {@link #output}. */
    static final int HAS_OUTPUT = 1 << 8;

    static final int STRIDE = 2;
    /**
     * Label in bits 16-31, depth (saturating) in bits 9-15, {@link #HAS_OUTPUT} in bit 8, child count
     * (saturating) in bits 0-7.
     */
    static final int LABEL_COUNT = 0;
    static final int FIRST_CHILD = 1;
    /**
     * Set in the {@link #FIRST_CHILD} word of a node whose failure link is the root, which in whole-word
     * automata is nearly every node: a mismatch then needs no read of {@link #failLink}, a cache miss
     * in a large dictionary.
     */
    static final int FAILS_TO_ROOT = 1 << 31;
    private static final int FIRST_CHILD_MASK = ~FAILS_TO_ROOT;
    private static final int LINEAR_SEARCH_LIMIT = 8;

    private final int[] nodes;
    private final int[] depth;
    /** The first entry whose key ends at the node, or -1. */
    private final int[] entryAt;
    /** The root's children indexed by character; 0 (the root) where there is none. */
    private final int[] rootNext;
    private final Map<Integer, Integer> wideCounts;
    /** Failure links, read only on a mismatch. */
    final int[] failLink;
    /** The first node on each node's suffix chain (itself included) where an entry ends, or -1. */
    final int[] output;
    /** For an output node, the next output node on its suffix chain, or -1; set once failures are linked. */
    private int[] outputLink;

    Automaton(int[] nodes, int[] depth, int[] entryAt, int[] rootNext, Map<Integer, Integer> wideCounts) {
        this.nodes = nodes;
        this.depth = depth;
        this.entryAt = entryAt;
        this.rootNext = rootNext;
        this.wideCounts = wideCounts;
        this.failLink = new int[entryAt.length];
        this.output = new int[entryAt.length];
    }

    void setOutputLinks(int[] outputLink) {
        this.outputLink = outputLink;
    }

    /** The failure link the scan follows: for whole-word automata, only to suffixes that start a word. */
    int fail(int node) {
        return (nodes[node * STRIDE + FIRST_CHILD] & FAILS_TO_ROOT) != 0 ? ROOT : failLink[node];
    }

    /** Sets {@link #FAILS_TO_ROOT} from {@link #failLink}, once the failure links are final. */
    void markRootFailures() {
        for (int n = 1; n < failLink.length; n++) {
            if (failLink[n] == ROOT) {
                nodes[n * STRIDE + FIRST_CHILD] |= FAILS_TO_ROOT;
            }
        }
    }

    /** Where the children of {@code node} start in the record array (in records). */
    int firstChild(int node) {
        return nodes[node * STRIDE + FIRST_CHILD] & FIRST_CHILD_MASK;
    }

    /** The root's child reached by {@code c}, or the root itself. */
    int rootNext(char c) {
        return rootNext[c];
    }

    int nodeCount() {
        return entryAt.length;
    }

    /** The size of the automaton's arrays (the root table included), roughly. */
    long bytes() {
        return 4L * (nodes.length + depth.length + entryAt.length + rootNext.length + failLink.length
                + output.length + (outputLink == null ? 0 : outputLink.length)) + 32L * wideCounts.size();
    }

    int depth(int node) {
        int d = nodes[node * STRIDE + LABEL_COUNT] >>> DEPTH_SHIFT & DEEP;
        return d < DEEP ? d : depth[node];
    }

    int entryAt(int node) {
        return entryAt[node];
    }

    /** The first node on {@code state}'s suffix chain (itself included) where an entry ends, or -1. */
    int firstOutput(int state) {
        return output[state];
    }

    /** Whether an entry ends at {@code state} or on its suffix chain; reads only the state's record. */
    boolean hasOutput(int state) {
        return (nodes[state * STRIDE + LABEL_COUNT] & HAS_OUTPUT) != 0;
    }

    /** Sets {@link #HAS_OUTPUT} from {@link #output}, once the output links are final. */
    void markOutputs() {
        for (int n = 0; n < output.length; n++) {
            if (output[n] >= 0) {
                nodes[n * STRIDE + LABEL_COUNT] |= HAS_OUTPUT;
            }
        }
    }

    /** The next node after output node {@code node} on the same suffix chain, or -1. */
    int nextOutput(int node) {
        return outputLink[node];
    }

    int childCount(int node) {
        int count = nodes[node * STRIDE + LABEL_COUNT] & WIDE;
        return count < WIDE ? count : wideCounts.get(node);
    }

    /** The child of {@code node} reached by {@code c}, or -1 (the root itself never is a child). */
    int child(int node, char c) {
        if (node == ROOT) {
            int next = rootNext[c];
            return next == ROOT ? -1 : next;
        }
        int lo = nodes[node * STRIDE + FIRST_CHILD] & FIRST_CHILD_MASK;
        int hi = lo + childCount(node);
        if (hi - lo <= LINEAR_SEARCH_LIMIT) {
            for (int i = lo; i < hi; i++) {
                if (nodes[i * STRIDE + LABEL_COUNT] >>> 16 == c) {
                    return i;
                }
            }
            return -1;
        }
        hi--;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int m = nodes[mid * STRIDE + LABEL_COUNT] >>> 16;
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
        while (s != ROOT) {
            int t = child(s, c);
            if (t >= 0) {
                return t;
            }
            s = failLink[s];
        }
        return rootNext[c];
    }
}
