package aurum.corpus.assignment;

import aurum.corpus.store.DocumentIds;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * An immutable assignment list: for each annotator, the documents they must annotate. Annotators and
 * documents are kept sorted so the file written from it has a stable order and diffs well in git.
 * The changing methods return changed copies.
 */
public final class Assignments {

    /** No assignments. */
    public static final Assignments EMPTY = new Assignments(new TreeMap<>());

    private final SortedMap<String, SortedSet<String>> byAnnotator;

    private Assignments(SortedMap<String, SortedSet<String>> byAnnotator) {
        this.byAnnotator = byAnnotator;
    }

    /**
     * A copy in which each of {@code annotators} is also assigned each of {@code documentIds}.
     *
     * @throws IllegalArgumentException if an id cannot be used as a file name (see {@link DocumentIds})
     */
    public Assignments assign(Collection<String> annotators, Collection<String> documentIds) {
        SortedMap<String, SortedSet<String>> copy = copy();
        for (String annotator : annotators) {
            DocumentIds.requireValid(annotator, "annotator id");
            SortedSet<String> documents = copy.computeIfAbsent(annotator, a -> new TreeSet<>());
            for (String id : documentIds) {
                documents.add(DocumentIds.requireValid(id, "document id"));
            }
        }
        return new Assignments(copy);
    }

    /** A copy without the assignments of {@code documentIds} to {@code annotators}; empty annotators go. */
    public Assignments unassign(Collection<String> annotators, Collection<String> documentIds) {
        SortedMap<String, SortedSet<String>> copy = copy();
        for (String annotator : annotators) {
            SortedSet<String> documents = copy.get(annotator);
            if (documents != null) {
                documents.removeAll(documentIds);
                if (documents.isEmpty()) {
                    copy.remove(annotator);
                }
            }
        }
        return new Assignments(copy);
    }

    /** The annotators with at least one document, sorted. */
    public List<String> annotators() {
        return List.copyOf(byAnnotator.keySet());
    }

    /** The documents assigned to {@code annotator}, sorted; empty for an unknown annotator. */
    public SortedSet<String> documentsOf(String annotator) {
        SortedSet<String> documents = byAnnotator.get(annotator);
        return documents == null ? Collections.emptySortedSet() : Collections.unmodifiableSortedSet(documents);
    }

    /** The annotators assigned to {@code documentId}, sorted. */
    public List<String> annotatorsOf(String documentId) {
        return byAnnotator.entrySet().stream().filter(e -> e.getValue().contains(documentId)).map(Map.Entry::getKey)
                .toList();
    }

    /** Tells whether nobody is assigned anything. */
    public boolean isEmpty() {
        return byAnnotator.isEmpty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Assignments other && byAnnotator.equals(other.byAnnotator);
    }

    @Override
    public int hashCode() {
        return byAnnotator.hashCode();
    }

    @Override
    public String toString() {
        return "assignments " + byAnnotator;
    }

    private SortedMap<String, SortedSet<String>> copy() {
        SortedMap<String, SortedSet<String>> copy = new TreeMap<>();
        byAnnotator.forEach((annotator, documents) -> copy.put(annotator, new TreeSet<>(documents)));
        return copy;
    }
}
