package aurum.app.internal.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

import aurum.core.model.LayerOwner;
import aurum.corpus.store.CorpusStore;
import aurum.corpus.store.DocumentInfo;
import aurum.labels.suggest.AcceptSuggestions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code aurum accept --corpus DIR}: accepts the open suggestions of one layer, by default the shared
 * {@value SuggestCommand#DEFAULT_ANNOTATOR} layer {@code aurum suggest} writes, as Accept All Suggestions
 * does in the editor: a suggestion whose span is already decided stays open rather than being stored twice.
 */
@Command(name = "accept", description = "Accept the open suggestions of a layer (layer '"
        + SuggestCommand.DEFAULT_ANNOTATOR + "' by default), in every document or the ones named.")
final class AcceptCommand extends CliCommand {

    @Option(names = "--corpus", paramLabel = "DIR", required = true, description = "The corpus folder.")
    Path corpus;

    @Option(names = "--annotator", paramLabel = "NAME", defaultValue = SuggestCommand.DEFAULT_ANNOTATOR,
            description = "Whose layer (default: ${DEFAULT-VALUE}).")
    String annotator;

    @Option(names = "--labels", paramLabel = "LABEL", split = ",",
            description = "Only suggestions of these labels; PARENT.* stands for every label below PARENT.")
    List<String> labels;

    @Option(names = "--documents", paramLabel = "ID", split = ",", description = "Only these documents.")
    List<String> documents;

    AcceptCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() throws Exception {
        CorpusStore store = CorpusStore.open(corpus);
        try {
            Selections.requireAnnotator("--annotator", annotator, corpus);
        } catch (UsageException e) {
            throw new UsageException(e.getMessage() + "; 'aurum suggest --corpus " + corpus
                    + (annotator.equals(SuggestCommand.DEFAULT_ANNOTATOR) ? "" : " --annotator " + annotator)
                    + "' writes suggestions to accept");
        }
        if (labels != null) {
            var labelSet = Selections.labelSet(store, context.services().labelSets().get());
            for (String label : labels) {
                Selections.requireLabel("--labels", label.strip(), labelSet);
            }
        }
        List<String> all = store.documents().stream().map(DocumentInfo::id).toList();
        List<String> ids = documents == null ? all : documents;
        Set<String> unknown = new TreeSet<>(ids);
        all.forEach(unknown::remove);
        if (!unknown.isEmpty()) {
            throw new UsageException("no document " + String.join(", ", unknown) + " in " + corpus
                    + "; 'aurum list --corpus " + corpus + "' lists the documents");
        }
        AcceptSuggestions.Report report = AcceptSuggestions.run(store, LayerOwner.annotator(annotator), ids,
                chosen());
        String which = labels == null ? "" : " of " + String.join(", ", labels);
        if (report.accepted() == 0) {
            err().println("nothing accepted: the layer of annotator '" + annotator + "' has no open suggestions"
                    + which + " in " + (documents == null ? "any document" : "these documents")
                    + (report.leftOpen() > 0 ? " that are not already decided" : "") + "; run 'aurum suggest --corpus "
                    + corpus + " --annotator " + annotator + "' first, or name another --annotator");
            return CommandLine.PROBLEMS;
        }
        out().printf("%d suggestions%s accepted in %d documents, layer of annotator '%s'%n", report.accepted(), which,
                report.documents(), annotator);
        report.acceptedByLabel().forEach((label, n) -> out().printf("  %-24s %6d%n", label, n));
        out().printf("%d left open (the same span is already decided), %d layers saved%n", report.leftOpen(),
                report.layersSaved());
        return CommandLine.OK;
    }

    /** The labels to accept: all, or those listed, a {@code PARENT.*} standing for every label below PARENT. */
    private Predicate<String> chosen() {
        if (labels == null || labels.isEmpty()) {
            return label -> true;
        }
        return label -> labels.stream().map(String::strip).anyMatch(l -> l.equals(label)
                || l.endsWith(".*") && label.startsWith(l.substring(0, l.length() - 1)));
    }
}
