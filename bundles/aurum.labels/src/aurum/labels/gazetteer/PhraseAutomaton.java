package aurum.labels.gazetteer;

/**
 * An Aho–Corasick automaton whose alphabet is the token ids of a {@link WordTable}: a whole-word key is
 * a sequence of words and single non-word characters, so it is matched one token at a time and a
 * dictionary phrase costs a few steps, not one per character. The root's transitions are a direct
 * array indexed by token id (nearly every dictionary word starts some key); every other node's children
 * are one consecutive block sorted by token id, laid out depth-first so that a phrase's chain of nodes
 * is contiguous in memory.
 * <p>
 * Everything the scan reads about a node sits in its own 32-byte record (two per cache line): label,
 * first child, child count with flags, failure link, the entry ending there, the length of its string,
 * and its output links. A step, a reported match and the leftmost-longest bound then cost one cache
 * line per node.
 */
final class PhraseAutomaton {

    static final int ROOT = 0;
    static final int STRIDE = 8;
    static final int LABEL = 0;
    static final int FIRST_CHILD = 1;
    /**
     * Child count in bits 0-28, {@link #SHARED_KEY} in bit 29, {@link #FAILS_TO_ROOT} in bit 30,
     * {@link #HAS_OUTPUT} in bit 31.
     */
    static final int COUNT = 2;
    static final int FAIL = 3;
    /** The first entry whose key ends at the node, or -1. */
    static final int ENTRY = 4;
    /** The length in UTF-16 units of the node's string. */
    static final int CHAR_DEPTH = 5;
    /** The first node on the node's suffix chain (itself included) where an entry ends, or -1. */
    static final int OUTPUT = 6;
    /** The next node after this one on its suffix chain where an entry ends, or -1. */
    static final int OUTPUT_LINK = 7;
    static final int HAS_OUTPUT = 1 << 31;
    static final int FAILS_TO_ROOT = 1 << 30;
    /** Several entries share the key that ends at the node. */
    static final int SHARED_KEY = 1 << 29;
    static final int COUNT_MASK = SHARED_KEY - 1;
    private static final int LINEAR_SEARCH_LIMIT = 8;

    private final int[] nodes;
    /** The root's child for each token id, or {@link #ROOT}. */
    private final int[] rootNext;

    PhraseAutomaton(int[] nodes, int[] rootNext) {
        this.nodes = nodes;
        this.rootNext = rootNext;
    }

    /** The state after reading token {@code token} (a valid id) in {@code state}, following failure links. */
    int step(int state, int token) {
        int s = state;
        while (s != ROOT) {
            int t = child(s, token);
            if (t >= 0) {
                return t;
            }
            int count = nodes[s * STRIDE + COUNT];
            s = (count & FAILS_TO_ROOT) != 0 ? ROOT : nodes[s * STRIDE + FAIL];
        }
        return rootNext[token];
    }

    /** The root's child for token {@code token} (a valid id), or the root. */
    int rootNext(int token) {
        return rootNext[token];
    }

    /** The child of {@code node} (not the root) labelled {@code token}, or -1. */
    int child(int node, int token) {
        int lo = nodes[node * STRIDE + FIRST_CHILD];
        int hi = lo + (nodes[node * STRIDE + COUNT] & COUNT_MASK);
        if (hi - lo > LINEAR_SEARCH_LIMIT) {
            return search(lo, hi - 1, token);
        }
        for (int i = lo; i < hi; i++) {
            if (nodes[i * STRIDE + LABEL] == token) {
                return i;
            }
        }
        return -1;
    }

    /** Binary search of the sorted child block {@code [lo, hi]} for {@code token}. */
    private int search(int lo, int hi, int token) {
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int m = nodes[mid * STRIDE + LABEL];
            if (m < token) {
                lo = mid + 1;
            } else if (m > token) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    /** Whether an entry ends at {@code state} or on its suffix chain; reads only the state's record. */
    boolean hasOutput(int state) {
        return (nodes[state * STRIDE + COUNT] & HAS_OUTPUT) != 0;
    }

    int firstOutput(int state) {
        return nodes[state * STRIDE + OUTPUT];
    }

    int nextOutput(int node) {
        return nodes[node * STRIDE + OUTPUT_LINK];
    }

    int entryAt(int node) {
        return nodes[node * STRIDE + ENTRY];
    }

    /**
     * The entry ending at {@code node} (which has one) as the scan reports it: its number if it is the
     * only entry with its key, else the complement of the first one's, so that reporting a match reads
     * the chain of same-key entries only when there is one.
     */
    int entryCode(int node) {
        int entry = nodes[node * STRIDE + ENTRY];
        return (nodes[node * STRIDE + COUNT] & SHARED_KEY) != 0 ? ~entry : entry;
    }

    /** The length of the state's string: no later match can start before {@code position - charDepth}. */
    int charDepth(int state) {
        return nodes[state * STRIDE + CHAR_DEPTH];
    }

    int nodeCount() {
        return nodes.length / STRIDE;
    }

    long bytes() {
        return 4L * (nodes.length + rootNext.length);
    }
}
