package aurum.app.internal.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import aurum.corpus.assignment.CorpusAnnotators;
import aurum.corpus.store.CorpusStoreException;
import aurum.corpus.store.DocumentIds;

/** Reads {@code --annotators a,b,c}, or finds the corpus's annotators when it is not given. */
final class AnnotatorList {

    private AnnotatorList() {
    }

    static List<String> parse(String value) {
        return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }

    /** {@link #parse} that refuses an empty list and ids that cannot be annotator ids. */
    static List<String> parseRequired(String option, String value) throws UsageException {
        List<String> ids = parse(value);
        if (ids.isEmpty()) {
            throw new UsageException(option + " names no annotator; give ids separated by commas, e.g. alice,bob");
        }
        for (String id : ids) {
            if (!DocumentIds.isValid(id)) {
                throw new UsageException(option + ": '" + id + "' is not an annotator id (letters, digits, . _ -;"
                        + " e.g. '" + DocumentIds.sanitize(id) + "')");
            }
        }
        return ids;
    }

    static List<String> resolve(Optional<String> option, Path corpus, int minimum, String why)
            throws UsageException, CorpusStoreException {
        List<String> annotators = option.isPresent() ? parseRequired("--annotators", option.get())
                : CorpusAnnotators.of(corpus);
        if (annotators.size() < minimum) {
            throw new UsageException(why + " needs at least " + minimum + " annotator(s), "
                    + (option.isPresent() ? "--annotators names " : "the corpus has ") + annotators
                    + (option.isPresent() ? "" : "; give --annotators A,B"));
        }
        return annotators;
    }
}
