package aurum.app.internal.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import aurum.core.model.LayerOwner;
import aurum.core.model.LayerState;
import aurum.corpus.index.DocumentQuery;
import aurum.corpus.store.DocumentIds;

/** Turns {@code --state --annotator --label --text} into a {@link DocumentQuery}. */
final class QueryOptions {

    private QueryOptions() {
    }

    static DocumentQuery query(Options options) throws UsageException {
        DocumentQuery query = DocumentQuery.ALL;
        if (options.optional("annotator").isPresent()) {
            String annotator = options.optional("annotator").get();
            if (!DocumentIds.isValid(annotator)) {
                throw new UsageException("'" + annotator + "' is not an annotator id (letters, digits, . _ -)");
            }
            query = query.withOwner(LayerOwner.annotator(annotator));
        }
        if (options.optional("state").isPresent()) {
            query = query.withState(state(options.optional("state").get()));
        }
        query = query.withLabel(options.optional("label").orElse(null));
        return query.withText(options.optional("text").orElse(null));
    }

    /** {@code done}, {@code DONE}, {@code in-progress} and {@code in_progress} all work. */
    static LayerState state(String value) throws UsageException {
        try {
            return LayerState.valueOf(value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--state is one of " + Arrays.stream(LayerState.values())
                    .map(s -> s.name().toLowerCase(Locale.ROOT).replace('_', '-')).collect(Collectors.joining(", ")));
        }
    }
}
