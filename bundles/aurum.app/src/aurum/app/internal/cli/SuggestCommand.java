package aurum.app.internal.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import aurum.core.model.LayerOwner;
import aurum.corpus.assignment.CorpusAnnotators;
import aurum.corpus.store.CorpusStore;
import aurum.labels.corpus.CorpusLabelSet;
import aurum.labels.corpus.CorpusLabelSets;
import aurum.labels.recognizer.Cancellation;
import aurum.labels.registry.RecognizerDescriptor;
import aurum.labels.registry.RecognizerRegistry;
import aurum.labels.suggest.SuggestReport;
import aurum.labels.suggest.SuggestionRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code aurum suggest --corpus DIR}: runs the installed recognizers of the corpus's label set over every
 * document and stores their proposals as SUGGESTED spans in one layer, by default the shared
 * {@value #DEFAULT_ANNOTATOR} layer, so they stay apart from what annotators drew until accepted.
 */
@Command(name = "suggest", description = "Pre-annotate every document with the recognizers' suggestions (layer '"
        + CorpusAnnotators.SUGGESTIONS + "' by default).")
final class SuggestCommand extends CliCommand {

    /** The layer suggestions go to unless {@code --annotator} names another. */
    static final String DEFAULT_ANNOTATOR = CorpusAnnotators.SUGGESTIONS;

    @Option(names = "--corpus", paramLabel = "DIR", required = true, description = "The corpus folder.")
    Path corpus;

    @Option(names = "--recognizer", paramLabel = "ID",
            description = "Run only this recognizer (default: every one serving the corpus's label set).")
    String recognizer;

    @Option(names = "--annotator", paramLabel = "NAME", defaultValue = DEFAULT_ANNOTATOR,
            description = "The layer that receives the suggestions (default: ${DEFAULT-VALUE}).")
    String annotator;

    SuggestCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() throws Exception {
        PrintStream out = out();
        PrintStream err = err();
        CorpusStore store = CorpusStore.open(corpus);
        CorpusLabelSet labelSet = new CorpusLabelSets(context.services().labelSets().get()).resolve(store);
        labelSet.warnings().forEach(w -> err.println("warning: " + w));
        List<RecognizerDescriptor> chosen = choose(labelSet.labelSet().id());
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
        if (report.attributesLeftOut() > 0) {
            out.printf("%d attribute values left out: their labels do not declare them (docs/LABELS.md)%n",
                    report.attributesLeftOut());
        }
        return report.failures().isEmpty() ? CommandLine.OK : CommandLine.PROBLEMS;
    }

    private List<RecognizerDescriptor> choose(String labelSetId) throws UsageException {
        RecognizerRegistry registry = context.services().recognizers().get();
        String installed = registry.recognizers().isEmpty() ? "none"
                : registry.recognizers().stream().map(RecognizerDescriptor::id).collect(Collectors.joining(", "));
        if (recognizer != null) {
            String id = recognizer;
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
