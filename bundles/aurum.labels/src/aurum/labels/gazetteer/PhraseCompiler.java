package aurum.labels.gazetteer;

import java.util.Arrays;

/**
 * Builds a {@link PhraseAutomaton} from keys given as token-id sequences, the way
 * {@link AutomatonCompiler} builds the character automaton: sort the keys, insert them into a
 * first-child/next-sibling trie (children arrive sorted), renumber depth-first into contiguous child
 * blocks, then set failure and output links breadth-first.
 */
final class PhraseCompiler {

    private final int[][] keys;
    private final WordTable words;
    /** Links entries with the same key, in insertion order; -1 ends a chain. */
    final int[] nextEntry;

    private int[] label = new int[16];
    private int[] firstChild = new int[16];
    private int[] lastChild = new int[16];
    private int[] sibling = new int[16];
    private int[] entry = new int[16];
    private int size;

    PhraseCompiler(int[][] keys, WordTable words) {
        this.keys = keys;
        this.words = words;
        this.nextEntry = new int[keys.length];
        Arrays.fill(nextEntry, -1);
    }

    PhraseAutomaton compile() {
        newNode(-1);
        buildTrie();
        return layOut();
    }

    private void buildTrie() {
        Integer[] order = new Integer[keys.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        // stable, so entries sharing a key stay in insertion order
        Arrays.sort(order, (a, b) -> Arrays.compare(keys[a], keys[b]));
        int[] path = new int[16];
        int[] previous = new int[0];
        for (int id : order) {
            int[] key = keys[id];
            if (path.length <= key.length) {
                path = Arrays.copyOf(path, key.length * 2 + 1);
            }
            int mismatch = Arrays.mismatch(previous, key);
            int common = mismatch < 0 ? key.length : mismatch;
            for (int d = common; d < key.length; d++) {
                int node = newNode(key[d]);
                int parent = path[d];
                if (firstChild[parent] < 0) {
                    firstChild[parent] = node;
                } else {
                    sibling[lastChild[parent]] = node;
                }
                lastChild[parent] = node;
                path[d + 1] = node;
            }
            addEntry(path[key.length], id);
            previous = key;
        }
    }

    private void addEntry(int node, int id) {
        if (entry[node] < 0) {
            entry[node] = id;
            return;
        }
        int e = entry[node];
        while (nextEntry[e] >= 0) {
            e = nextEntry[e];
        }
        nextEntry[e] = id;
    }

    /**
     * Numbers the nodes depth-first. The root's children need not be contiguous (the root steps through
     * a table by token id), so each is placed right before its own children: a dictionary word's record
     * and the block of what may follow it share a cache line or two.
     */
    private PhraseAutomaton layOut() {
        int stride = PhraseAutomaton.STRIDE;
        int[] nodes = new int[size * stride];
        int[] rootNext = new int[words.size()];
        int rootCount = children(PhraseAutomaton.ROOT, new int[16]);
        int[] rootOld = Arrays.copyOf(collected, rootCount);
        int[] rootChildren = new int[rootOld.length];
        int[] stack = new int[size];
        int[] stackNew = new int[size];
        int[] children = new int[16];
        int top = 0;
        // a new id of -1: a child of the root, numbered when its turn comes
        for (int k = rootOld.length - 1; k >= 0; k--) {
            stack[top] = rootOld[k];
            stackNew[top++] = -1;
        }
        rootCount = 0;
        int next = 1;
        while (top > 0) {
            top--;
            int old = stack[top];
            int id = stackNew[top];
            if (id < 0) {
                id = next++;
                nodes[id * stride + PhraseAutomaton.LABEL] = label[old];
                nodes[id * stride + PhraseAutomaton.CHAR_DEPTH] = words.tokenLength(label[old]);
                rootNext[label[old]] = id;
                rootChildren[rootCount++] = id;
            }
            nodes[id * stride + PhraseAutomaton.ENTRY] = entry[old];
            int count = children(old, children);
            children = collected;
            int first = next;
            for (int k = 0; k < count; k++) {
                int c = children[k];
                nodes[next * stride + PhraseAutomaton.LABEL] = label[c];
                nodes[next * stride + PhraseAutomaton.CHAR_DEPTH] = nodes[id * stride + PhraseAutomaton.CHAR_DEPTH]
                        + words.tokenLength(label[c]);
                next++;
            }
            nodes[id * stride + PhraseAutomaton.FIRST_CHILD] = first;
            boolean shared = entry[old] >= 0 && nextEntry[entry[old]] >= 0;
            nodes[id * stride + PhraseAutomaton.COUNT] = count | (shared ? PhraseAutomaton.SHARED_KEY : 0);
            // pushed last-first, so the first child's subtree is laid out right after this block
            for (int k = count - 1; k >= 0; k--) {
                stack[top] = children[k];
                stackNew[top++] = first + k;
            }
        }
        nodes[PhraseAutomaton.ROOT * stride + PhraseAutomaton.ENTRY] = -1;
        label = null;
        firstChild = null;
        lastChild = null;
        sibling = null;
        entry = null;
        return link(nodes, rootNext, rootChildren);
    }

    /** The array {@link #children} filled last (it grows the one it is given when needed). */
    private int[] collected;

    /** Collects the children of trie node {@code node} into {@link #collected}, returns their number. */
    private int children(int node, int[] into) {
        int count = 0;
        for (int c = firstChild[node]; c >= 0; c = sibling[c]) {
            if (count == into.length) {
                into = Arrays.copyOf(into, count * 2);
            }
            into[count++] = c;
        }
        collected = into;
        return count;
    }

    /** Sets failure and output links breadth-first, so that every shorter suffix is linked first. */
    private static PhraseAutomaton link(int[] nodes, int[] rootNext, int[] rootChildren) {
        int stride = PhraseAutomaton.STRIDE;
        int count = nodes.length / stride;
        nodes[PhraseAutomaton.ROOT * stride + PhraseAutomaton.OUTPUT] = -1;
        nodes[PhraseAutomaton.ROOT * stride + PhraseAutomaton.OUTPUT_LINK] = -1;
        PhraseAutomaton automaton = new PhraseAutomaton(nodes, rootNext);
        int[] queue = new int[count];
        int tail = 0;
        for (int c : rootChildren) {
            nodes[c * stride + PhraseAutomaton.FAIL] = PhraseAutomaton.ROOT;
            queue[tail++] = c;
        }
        for (int head = 0; head < tail; head++) {
            int node = queue[head];
            int at = node * stride;
            int fail = nodes[at + PhraseAutomaton.FAIL];
            int inherited = nodes[fail * stride + PhraseAutomaton.OUTPUT];
            nodes[at + PhraseAutomaton.OUTPUT_LINK] = inherited;
            nodes[at + PhraseAutomaton.OUTPUT] = nodes[at + PhraseAutomaton.ENTRY] >= 0 ? node : inherited;
            if (nodes[at + PhraseAutomaton.OUTPUT] >= 0) {
                nodes[at + PhraseAutomaton.COUNT] |= PhraseAutomaton.HAS_OUTPUT;
            }
            int first = nodes[at + PhraseAutomaton.FIRST_CHILD];
            int end = first + (nodes[at + PhraseAutomaton.COUNT] & PhraseAutomaton.COUNT_MASK);
            for (int c = first; c < end; c++) {
                // the failure target is shallower than the child, so already linked
                int childFail = automaton.step(fail, nodes[c * stride + PhraseAutomaton.LABEL]);
                nodes[c * stride + PhraseAutomaton.FAIL] = childFail;
                queue[tail++] = c;
            }
        }
        // set last: step() above must read the real failure links while they are being built
        for (int node = 1; node < count; node++) {
            if (nodes[node * stride + PhraseAutomaton.FAIL] == PhraseAutomaton.ROOT) {
                nodes[node * stride + PhraseAutomaton.COUNT] |= PhraseAutomaton.FAILS_TO_ROOT;
            }
        }
        return automaton;
    }

    private int newNode(int token) {
        if (size == label.length) {
            int n = size * 2;
            label = Arrays.copyOf(label, n);
            firstChild = Arrays.copyOf(firstChild, n);
            lastChild = Arrays.copyOf(lastChild, n);
            sibling = Arrays.copyOf(sibling, n);
            entry = Arrays.copyOf(entry, n);
        }
        label[size] = token;
        firstChild[size] = -1;
        lastChild[size] = -1;
        sibling[size] = -1;
        entry[size] = -1;
        return size++;
    }
}
