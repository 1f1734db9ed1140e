package aurum.app.internal.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import aurum.core.model.LayerOwner;
import aurum.corpus.assignment.CorpusAnnotators;
import aurum.corpus.store.CorpusStore;
import aurum.labels.corpus.CorpusLabelSet;
import aurum.labels.corpus.CorpusLabelSets;
import aurum.labels.recognizer.Cancellation;
import aurum.labels.registry.LabelSetRegistry;
import aurum.labels.registry.RecognizerDescriptor;
import aurum.labels.registry.RecognizerRegistry;
import aurum.labels.suggest.SuggestReport;
import aurum.labels.suggest.SuggestionRun;

/**
 * {@code aurum suggest --corpus DIR}: runs the installed recognizers of the corpus's label set over every
 * document and stores their proposals as SUGGESTED spans in one layer, by default the shared
 * {@value #DEFAULT_ANNOTATOR} layer, so they stay apart from what annotators drew until accepted.
 */
final class SuggestCommand implements Command {

    /** The layer suggestions go to unless {@code --annotator} names another. */
    static final String DEFAULT_ANNOTATOR = CorpusAnnotators.SUGGESTIONS;

    private final Supplier<LabelSetRegistry> labelSets;
    private final Supplier<RecognizerRegistry> recognizers;

    SuggestCommand(Supplier<LabelSetRegistry> labelSets, Supplier<RecognizerRegistry> recognizers) {
        this.labelSets = labelSets;
        this.recognizers = recognizers;
    }

    @Override
    public String name() {
        return "suggest";
    }

    @Override
    public String usage() {
        return "suggest --corpus DIR [--recognizer ID] [--annotator NAME]";
    }

    @Override
    public String summary() {
        return "pre-annotate every document with the recognizers' suggestions (layer '" + DEFAULT_ANNOTATOR
                + "' by default)";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Options options = new Options(args, Set.of("corpus", "recognizer", "annotator"));
        CorpusStore store = CorpusStore.open(Path.of(options.required("corpus")));
        CorpusLabelSet labelSet = new CorpusLabelSets(labelSets.get()).resolve(store);
        labelSet.warnings().forEach(w -> err.println("warning: " + w));
        List<RecognizerDescriptor> chosen = choose(options, labelSet.labelSet().id());
        String annotator = options.optional("annotator").orElse(DEFAULT_ANNOTATOR);
        ProgressLine progress = new ProgressLine(err, "Suggesting");
        SuggestReport report = new SuggestionRun(store, labelSet.labelSet(), LayerOwner.annotator(annotator))
                .run(chosen, progress::worked, Cancellation.NONE);
        progress.done();
        report.failures().forEach(f -> err.println("warning: " + f));
        out.printf("%d new suggestions from %s in %d documents, layer of annotator '%s' (label set %s)%n",
                report.added(), String.join(", ", report.recognizers()), report.documents(), annotator,
                labelSet.labelSet().ref());
        report.addedByLabel().forEach((label, n) -> out.printf("  %-24s %6d%n", label, n));
        out.printf("%d already there, %d withdrawn (no longer proposed), %d dropped (malformed), %d layers saved%n",
                report.kept(), report.withdrawn(), report.dropped(), report.layersSaved());
        return report.failures().isEmpty() ? 0 : 1;
    }

    private List<RecognizerDescriptor> choose(Options options, String labelSetId) throws UsageException {
        RecognizerRegistry registry = recognizers.get();
        String installed = registry.recognizers().isEmpty() ? "none"
                : registry.recognizers().stream().map(RecognizerDescriptor::id).collect(Collectors.joining(", "));
        if (options.optional("recognizer").isPresent()) {
            String id = options.optional("recognizer").get();
            RecognizerDescriptor d = registry.find(id).orElseThrow(
                    () -> new UsageException("no recognizer '" + id + "' is installed; installed: " + installed));
            if (!d.servesLabelSet(labelSetId)) {
                throw new UsageException("recognizer '" + id + "' proposes labels of label set '" + d.labelSetId()
                        + "', but the corpus uses '" + labelSetId + "'");
            }
            return List.of(d);
        }
        List<RecognizerDescriptor> matching = registry.forLabelSet(labelSetId);
        if (matching.isEmpty()) {
            throw new UsageException("no installed recognizer proposes labels of label set '" + labelSetId
                    + "'; installed: " + installed);
        }
        return matching;
    }
}
