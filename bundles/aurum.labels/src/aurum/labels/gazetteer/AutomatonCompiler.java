package aurum.labels.gazetteer;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Builds an {@link Automaton} from folded keys without a per-node map: the keys are sorted, inserted
 * into a first-child/next-sibling trie (children arrive in sorted order, so appending keeps them
 * sorted), renumbered breadth-first into the flat layout, and finally given failure and output links.
 */
final class AutomatonCompiler {

    private final String[] keys;
    /** Links entries with the same key, in insertion order; -1 ends a chain. */
    final int[] nextEntry;

    private char[] label = new char[16];
    private int[] firstChild = new int[16];
    private int[] lastChild = new int[16];
    private int[] sibling = new int[16];
    private int[] entry = new int[16];
    private int size;

    AutomatonCompiler(String[] keys) {
        this.keys = keys;
        this.nextEntry = new int[keys.length];
        Arrays.fill(nextEntry, -1);
    }

    Automaton compile() {
        newNode('\0');
        buildTrie();
        return linkBreadthFirst();
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
                int parent = path[d];
                if (firstChild[parent] < 0) {
                    firstChild[parent] = node;
                } else {
                    sibling[lastChild[parent]] = node;
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

    private Automaton linkBreadthFirst() {
        int[] order = new int[size];
        char[] bfsLabel = new char[size];
        int[] first = new int[size + 1];
        int[] depth = new int[size];
        int[] entryAt = new int[size];
        int tail = 1;
        for (int head = 0; head < size; head++) {
            int old = order[head];
            first[head] = tail;
            entryAt[head] = entry[old];
            for (int c = firstChild[old]; c >= 0; c = sibling[c]) {
                order[tail] = c;
                bfsLabel[tail] = label[c];
                depth[tail] = depth[head] + 1;
                tail++;
            }
        }
        first[size] = size;
        releaseTrie();
        int[] rootNext = new int[Character.MAX_VALUE + 1];
        for (int c = first[0]; c < first[1]; c++) {
            rootNext[bfsLabel[c]] = c;
        }
        int[] fail = new int[size];
        int[] outputLink = new int[size];
        outputLink[Automaton.ROOT] = -1;
        Automaton automaton = new Automaton(bfsLabel, first, fail, depth, entryAt, outputLink, rootNext);
        for (int node = 0; node < size; node++) {
            for (int c = first[node]; c < first[node + 1]; c++) {
                fail[c] = node == Automaton.ROOT ? Automaton.ROOT : automaton.next(fail[node], bfsLabel[c]);
                int f = fail[c];
                outputLink[c] = entryAt[f] >= 0 ? f : outputLink[f];
            }
        }
        return automaton;
    }

    private int newNode(char c) {
        if (size == label.length) {
            int n = size * 2;
            label = Arrays.copyOf(label, n);
            firstChild = Arrays.copyOf(firstChild, n);
            lastChild = Arrays.copyOf(lastChild, n);
            sibling = Arrays.copyOf(sibling, n);
            entry = Arrays.copyOf(entry, n);
        }
        label[size] = c;
        firstChild[size] = -1;
        lastChild[size] = -1;
        sibling[size] = -1;
        entry[size] = -1;
        return size++;
    }

    private void releaseTrie() {
        label = null;
        firstChild = null;
        lastChild = null;
        sibling = null;
        entry = null;
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
