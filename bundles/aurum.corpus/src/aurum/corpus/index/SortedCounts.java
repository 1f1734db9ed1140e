package aurum.corpus.index;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The unmodifiable label counts of a {@link LayerSummary}: two arrays sorted by label. A listing of
 * 100k documents holds some 100k of these, and a {@code TreeMap} per layer (an object per label, plus
 * the map and its unmodifiable wrapper) was most of what the listing allocated.
 */
final class SortedCounts extends AbstractMap<String, Integer> {

    static final SortedCounts EMPTY = new SortedCounts(new String[0], new int[0]);

    private final String[] labels;
    private final int[] counts;

    private SortedCounts(String[] labels, int[] counts) {
        this.labels = labels;
        this.counts = counts;
    }

    /** Copies {@code map}, sorting it by label. */
    static SortedCounts copyOf(Map<String, Integer> map) {
        if (map instanceof SortedCounts sorted) {
            return sorted;
        }
        String[] labels = new String[map.size()];
        int i = 0;
        for (String label : map.keySet()) {
            labels[i++] = label;
        }
        Arrays.sort(labels); // throws on a null label
        int[] counts = new int[labels.length];
        for (i = 0; i < labels.length; i++) {
            counts[i] = map.get(labels[i]); // throws on a null count
        }
        return of(labels, counts, labels.length);
    }

    /** Copies the first {@code size} labels, which must be sorted and distinct, and their counts. */
    static SortedCounts of(String[] labels, int[] counts, int size) {
        if (size == 0) {
            return EMPTY;
        }
        for (int i = 0; i < size; i++) {
            if (labels[i] == null || i > 0 && labels[i - 1].compareTo(labels[i]) >= 0) {
                throw new IllegalArgumentException("labels must be sorted, distinct and not null: "
                        + Arrays.toString(Arrays.copyOf(labels, size)));
            }
        }
        return new SortedCounts(Arrays.copyOf(labels, size), Arrays.copyOf(counts, size));
    }

    int total() {
        int total = 0;
        for (int count : counts) {
            total += count;
        }
        return total;
    }

    @Override
    public int size() {
        return labels.length;
    }

    @Override
    public boolean containsKey(Object key) {
        return index(key) >= 0;
    }

    @Override
    public Integer get(Object key) {
        int i = index(key);
        return i >= 0 ? counts[i] : null;
    }

    private int index(Object key) {
        return key instanceof String label ? Arrays.binarySearch(labels, label) : -1;
    }

    @Override
    public Set<Entry<String, Integer>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, Integer>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < labels.length;
                    }

                    @Override
                    public Entry<String, Integer> next() {
                        if (next >= labels.length) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return Map.entry(labels[i], counts[i]);
                    }
                };
            }

            @Override
            public int size() {
                return labels.length;
            }
        };
    }
}
