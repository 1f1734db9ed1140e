package aurum.labels.gazetteer;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;

/**
 * Builds an {@link Automaton} from folded keys without a per-node map: the keys are sorted, inserted
 * into a first-child/next-sibling trie (children arrive in sorted order, so appending keeps them
 * sorted), renumbered depth-first into the flat layout of contiguous child blocks, and finally given
 * failure and output links in breadth-first order.
 */
final class AutomatonCompiler {

    private final String[] keys;
    /** Links entries with the same key, in insertion order; -1 ends a chain. */
    final int[] nextEntry;

    private char[] label = new char[16];
    private int[] firstChild = new int[16];
    private int[] lastChild = new int[16];
    private int[] sibling = new int[16];
    private int[] prevSibling = new int[16];
    private int[] entry = new int[16];
    /** A key that passes through the node, so the node's string is that key's prefix of the node's depth. */
    private int[] witness = new int[16];
    private int size;
    private final boolean wholeWords;

    AutomatonCompiler(String[] keys, boolean wholeWords) {
        this.keys = keys;
        this.wholeWords = wholeWords;
        this.nextEntry = new int[keys.length];
        Arrays.fill(nextEntry, -1);
    }

    Automaton compile() {
        newNode('\0');
        buildTrie();
        return layOut();
    }

    private void buildTrie() {
        Integer[] order = new Integer[keys.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparing(i -> keys[i]));
        int[] path = new int[16];
        String previous = "";
        for (int id : order) {
            String key = keys[id];
            if (path.length <= key.length()) {
                path = Arrays.copyOf(path, key.length() * 2 + 1);
            }
            int common = commonPrefix(previous, key);
            for (int d = common; d < key.length(); d++) {
                int node = newNode(key.charAt(d));
                witness[node] = id;
                int parent = path[d];
                if (firstChild[parent] < 0) {
                    firstChild[parent] = node;
                } else {
                    sibling[lastChild[parent]] = node;
                    prevSibling[node] = lastChild[parent];
                }
                lastChild[parent] = node;
                path[d + 1] = node;
            }
            addEntry(path[key.length()], id);
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

    private Automaton layOut() {
        int stride = Automaton.STRIDE;
        int[] nodes = new int[size * stride];
        int[] depth = new int[size];
        int[] entryAt = new int[size];
        int[] witnessAt = new int[size];
        Map<Integer, Integer> wideCounts = new HashMap<>();
        int[] stack = new int[size];
        int[] stackNew = new int[size];
        int top = 0;
        stack[top] = Automaton.ROOT;
        stackNew[top++] = Automaton.ROOT;
        int next = 1;
        while (top > 0) {
            top--;
            int old = stack[top];
            int id = stackNew[top];
            entryAt[id] = entry[old];
            int first = next;
            for (int c = firstChild[old]; c >= 0; c = sibling[c]) {
                depth[next] = depth[id] + 1;
                witnessAt[next] = witness[c];
                nodes[next * stride + Automaton.LABEL_COUNT] = label[c] << 16
                        | Math.min(depth[next], Automaton.DEEP) << Automaton.DEPTH_SHIFT;
                next++;
            }
            int count = next - first;
            nodes[id * stride + Automaton.FIRST_CHILD] = first;
            nodes[id * stride + Automaton.LABEL_COUNT] |= Math.min(count, Automaton.WIDE);
            if (count >= Automaton.WIDE) {
                wideCounts.put(id, count);
            }
            int childId = next - 1;
            for (int c = lastChild[old]; c >= 0; c = prevSibling[c], childId--) {
                stack[top] = c;
                stackNew[top++] = childId;
            }
        }
        releaseTrie();
        int[] rootNext = new int[Character.MAX_VALUE + 1];
        int rootChildren = nodes[Automaton.LABEL_COUNT] & Automaton.WIDE;
        int rootEnd = 1 + (rootChildren < Automaton.WIDE ? rootChildren : wideCounts.get(Automaton.ROOT));
        for (int c = 1; c < rootEnd; c++) {
            rootNext[nodes[c * stride + Automaton.LABEL_COUNT] >>> 16] = c;
        }
        Automaton automaton = new Automaton(nodes, depth, entryAt, rootNext, wideCounts);
        linkFailures(automaton, nodes, entryAt, rootEnd);
        automaton.setOutputLinks(outputLinks(automaton.failLink, automaton.output));
        automaton.markOutputs();
        if (wholeWords) {
            new WordStartLinks(automaton, keys, witnessAt).replaceFailures(automaton.failLink);
        }
        automaton.markRootFailures();
        return automaton;
    }

    /** For each node, the next output node on its suffix chain (after itself), read through true failure links. */
    private static int[] outputLinks(int[] fail, int[] output) {
        int[] links = new int[fail.length];
        links[Automaton.ROOT] = -1;
        for (int n = 1; n < links.length; n++) {
            links[n] = output[fail[n]];
        }
        return links;
    }

    /** Sets failure and output links breadth-first, so that every shorter suffix is linked first. */
    private static void linkFailures(Automaton automaton, int[] nodes, int[] entryAt, int rootEnd) {
        int stride = Automaton.STRIDE;
        int[] queue = new int[entryAt.length];
        int tail = 0;
        int[] fails = automaton.failLink;
        int[] outputs = automaton.output;
        outputs[Automaton.ROOT] = entryAt[Automaton.ROOT] >= 0 ? Automaton.ROOT : -1;
        for (int c = 1; c < rootEnd; c++) {
            fails[c] = Automaton.ROOT;
            outputs[c] = entryAt[c] >= 0 ? c : outputs[Automaton.ROOT];
            queue[tail++] = c;
        }
        for (int head = 0; head < tail; head++) {
            int node = queue[head];
            int first = automaton.firstChild(node);
            int end = first + automaton.childCount(node);
            for (int c = first; c < end; c++) {
                char ch = (char) (nodes[c * stride + Automaton.LABEL_COUNT] >>> 16);
                int fail = automaton.next(fails[node], ch);
                fails[c] = fail;
                outputs[c] = entryAt[c] >= 0 ? c : outputs[fail];
                queue[tail++] = c;
            }
        }
    }

    private int newNode(char c) {
        if (size == label.length) {
            int n = size * 2;
            label = Arrays.copyOf(label, n);
            firstChild = Arrays.copyOf(firstChild, n);
            lastChild = Arrays.copyOf(lastChild, n);
            sibling = Arrays.copyOf(sibling, n);
            prevSibling = Arrays.copyOf(prevSibling, n);
            entry = Arrays.copyOf(entry, n);
            witness = Arrays.copyOf(witness, n);
        }
        label[size] = c;
        firstChild[size] = -1;
        lastChild[size] = -1;
        sibling[size] = -1;
        prevSibling[size] = -1;
        entry[size] = -1;
        witness[size] = -1;
        return size++;
    }

    private void releaseTrie() {
        label = null;
        firstChild = null;
        lastChild = null;
        sibling = null;
        prevSibling = null;
        entry = null;
        witness = null;
    }

    private static int commonPrefix(String a, String b) {
        int n = Math.min(a.length(), b.length());
        int i = 0;
        while (i < n && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }
}
