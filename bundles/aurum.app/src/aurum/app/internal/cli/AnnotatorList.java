package aurum.app.internal.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import aurum.corpus.assignment.CorpusAnnotators;
import aurum.corpus.store.CorpusStoreException;

/** Reads {@code --annotators a,b,c}, or finds the corpus's annotators when it is not given. */
final class AnnotatorList {

    private AnnotatorList() {
    }

    static List<String> parse(String value) {
        return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }

    static List<String> resolve(Optional<String> option, Path corpus, int minimum, String why)
            throws UsageException, CorpusStoreException {
        List<String> annotators = option.isPresent() ? parse(option.get()) : CorpusAnnotators.of(corpus);
        if (annotators.size() < minimum) {
            throw new UsageException(why + " needs at least " + minimum + " annotator(s), "
                    + (option.isPresent() ? "--annotators names " : "the corpus has ") + annotators
                    + (option.isPresent() ? "" : "; give --annotators A,B"));
        }
        return annotators;
    }
}
