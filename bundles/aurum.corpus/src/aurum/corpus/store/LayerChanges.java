package aurum.corpus.store;

import aurum.core.model.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The net effect of one edit on a layer, as {@link CorpusStore#saveChanges} journals it: spans added or
 * replaced (by id) and ids removed. Build it with {@link #builder()}, which folds a sequence of
 * changes (add then remove the same span cancels out to a removal of an id that may not exist, which
 * replay ignores).
 *
 * @param put     spans added or replaced, each id once
 * @param removed ids of spans removed, none of them in {@code put}
 */
public record LayerChanges(List<Span> put, List<String> removed) {

    /** Copies the lists and checks that no id is both put and removed. */
    public LayerChanges {
        put = List.copyOf(put);
        removed = List.copyOf(removed);
        for (Span span : put) {
            if (removed.contains(span.id())) {
                throw new IllegalArgumentException("span '" + span.id() + "' is both put and removed");
            }
        }
    }

    /** Tells whether nothing changes (a state change alone may still be journaled). */
    public boolean isEmpty() {
        return put.isEmpty() && removed.isEmpty();
    }

    /** Starts folding changes in the order they were made. */
    public static Builder builder() {
        return new Builder();
    }

    /** Folds changes made in order into their net effect per span id. */
    public static final class Builder {

        /** id → the span's last version, or {@code null} when its last change removed it. */
        private final Map<String, Span> last = new LinkedHashMap<>();

        private Builder() {
        }

        /** A span was added or replaced. */
        public Builder put(Span span) {
            last.remove(span.id()); // keep the order of last change
            last.put(span.id(), span);
            return this;
        }

        /** The span with {@code id} was removed. */
        public Builder remove(String id) {
            last.remove(id);
            last.put(id, null);
            return this;
        }

        public LayerChanges build() {
            List<Span> put = new ArrayList<>();
            List<String> removed = new ArrayList<>();
            last.forEach((id, span) -> {
                if (span == null) {
                    removed.add(id);
                } else {
                    put.add(span);
                }
            });
            return new LayerChanges(put, removed);
        }
    }
}
