package aurum.app.internal.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import aurum.core.model.LabelSet;
import aurum.core.model.LabelSetRef;
import aurum.corpus.internal.store.ImportTransaction;
import aurum.corpus.store.CorpusStore;
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
            CorpusCheck check = new CorpusCheck(store, labelSet(store.settings().labelSet(), err));
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

    private LabelSet labelSet(LabelSetRef ref, PrintStream err) {
        if (ref == null) {
            err.println("aurum validate: warning: corpus.json names no label set, so labels are not checked");
            return null;
        }
        LabelSet set = context.services().labelSets().get().find(ref.id(), ref.version()).orElse(null);
        if (set == null) {
            err.println("aurum validate: warning: label set " + ref + " is not installed, so labels are not"
                    + " checked; 'aurum labels' lists the installed sets");
        }
        return set;
    }
}
