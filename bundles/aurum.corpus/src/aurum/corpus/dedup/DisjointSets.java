package aurum.corpus.dedup;

import java.util.Arrays;

/** Union-find over document numbers with path halving and union by size; grows as documents arrive. */
public final class DisjointSets {

    private int[] parent = new int[16];
    private int[] size = new int[16];
    private int count;

    /** Adds the next element as a singleton; returns its number. */
    public int add() {
        if (count == parent.length) {
            parent = Arrays.copyOf(parent, count * 2);
            size = Arrays.copyOf(size, count * 2);
        }
        parent[count] = count;
        size[count] = 1;
        return count++;
    }

    public int find(int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    public void union(int a, int b) {
        int ra = find(a);
        int rb = find(b);
        if (ra == rb) {
            return;
        }
        if (size[ra] < size[rb]) {
            int t = ra;
            ra = rb;
            rb = t;
        }
        parent[rb] = ra;
        size[ra] += size[rb];
    }

    public int size() {
        return count;
    }
}
