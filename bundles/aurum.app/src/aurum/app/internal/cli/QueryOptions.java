package aurum.app.internal.cli;

import aurum.core.model.LayerOwner;
import aurum.core.model.LayerState;
import aurum.corpus.index.DocumentQuery;
import aurum.corpus.store.DocumentIds;
import picocli.CommandLine.Option;

/** {@code --state --annotator --label --text}: the filters of {@code aurum list}, as a {@link DocumentQuery}. */
final class QueryOptions {

    @Option(names = "--state", paramLabel = "STATE", converter = Choices.States.class,
            completionCandidates = Choices.States.class,
            description = "Only documents with a layer in this state: ${COMPLETION-CANDIDATES}.")
    LayerState state;

    @Option(names = "--annotator", paramLabel = "NAME", description = "Only documents with a layer of this annotator.")
    String annotator;

    @Option(names = "--label", paramLabel = "LABEL", description = "Only documents with spans of this label.")
    String label;

    @Option(names = "--text", paramLabel = "WORDS", description = "Only documents whose text has these words.")
    String text;

    DocumentQuery query() throws UsageException {
        DocumentQuery query = DocumentQuery.ALL;
        if (annotator != null) {
            if (!DocumentIds.isValid(annotator)) {
                throw new UsageException("'" + annotator + "' is not an annotator id (letters, digits, . _ -)");
            }
            query = query.withOwner(LayerOwner.annotator(annotator));
        }
        if (state != null) {
            query = query.withState(state);
        }
        return query.withLabel(label).withText(text);
    }
}
