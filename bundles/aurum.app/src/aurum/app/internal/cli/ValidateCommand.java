package aurum.app.internal.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import aurum.core.model.LabelSet;
import aurum.corpus.internal.store.ImportTransaction;
import aurum.corpus.store.CorpusStore;
import aurum.labels.corpus.CorpusLabelSet;
import aurum.labels.corpus.CorpusLabelSets;
import aurum.labels.format.LabelSetFormatException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code aurum validate --corpus DIR}: one {@code file:offset: message} line per problem (the file
 * relative to the corpus folder, the offset in UTF-16 units into the document text, 0 for problems of
 * a whole file), a summary line, exit code 1 when problems were found.
 */
@Command(name = "validate", description = "Check every document and layer file; one file:offset: message line per"
        + " problem, exit code 1 if there is any.")
final class ValidateCommand extends CliCommand {

    /** Exit code when the corpus has problems. */
    static final int PROBLEMS = CommandLine.PROBLEMS;

    @Option(names = "--corpus", paramLabel = "DIR", required = true, description = "The corpus folder.")
    Path folder;

    ValidateCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() throws Exception {
        PrintStream out = out();
        PrintStream err = err();
        try (CorpusStore store = CorpusStore.open(folder)) {
            CorpusCheck check = new CorpusCheck(store, labelSet(store, err));
            int[] problems = {0};
            Set<String> files = new TreeSet<>();
            ProgressLine progress = new ProgressLine(err, "Validating");
            ImportTransaction.interrupted(store.directory()).ifPresent(message -> {
                out.println(new CorpusCheck.Finding(ImportTransaction.MARKER_PATH, -1, message));
                problems[0]++;
                files.add(ImportTransaction.MARKER_PATH);
            });
            check.run(finding -> {
                progress.done();
                out.println(finding);
                problems[0]++;
                files.add(finding.file());
            }, progress);
            progress.done();
            String checked = check.documents + " documents and " + check.layers + " layers checked";
            out.println(problems[0] == 0 ? "No problems: " + checked
                    : problems[0] + " problems in " + files.size() + " files; " + checked);
            return problems[0] == 0 ? 0 : PROBLEMS;
        }
    }

    /**
     * The corpus's label set: its own labelset.json first, else the installed set corpus.json names
     * ({@link CorpusLabelSets}); null (labels not checked, with a warning) when there is none.
     */
    private LabelSet labelSet(CorpusStore store, PrintStream err) {
        if (store.settings().labelSet() == null && !Files.exists(store.directory().resolve(CorpusLabelSets.FILE))) {
            err.println("aurum validate: warning: corpus.json names no label set, so labels are not checked");
            return null;
        }
        try {
            CorpusLabelSet resolved = new CorpusLabelSets(context.services().labelSets().get()).resolve(store);
            resolved.warnings().forEach(w -> err.println("aurum validate: warning: " + w));
            return resolved.labelSet();
        } catch (LabelSetFormatException e) {
            err.println("aurum validate: warning: " + e.getMessage() + " Labels are not checked; 'aurum labels' lists"
                    + " the installed sets.");
            return null;
        }
    }
}
