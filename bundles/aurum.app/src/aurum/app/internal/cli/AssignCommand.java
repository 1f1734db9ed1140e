package aurum.app.internal.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import aurum.corpus.assignment.AnnotatorProgress;
import aurum.corpus.assignment.AssignmentProgress;
import aurum.corpus.assignment.Assignments;
import aurum.corpus.assignment.AssignmentsFile;
import aurum.corpus.store.CorpusStore;
import aurum.corpus.store.DocumentInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code aurum assign --corpus DIR --annotators A,B --documents all|ID,…}: adds assignments to the
 * corpus's {@code assignments.json}, then prints each annotator's progress. Without
 * {@code --annotators} and {@code --documents} it only prints the progress.
 */
@Command(name = "assign", description = "Assign documents to annotators and show each annotator's progress.")
final class AssignCommand extends CliCommand {

    @Option(names = "--corpus", paramLabel = "DIR", required = true, description = "The corpus folder.")
    Path dir;

    @Option(names = "--annotators", paramLabel = "A,B,...", description = "The annotators to assign documents to.")
    String annotators;

    @Option(names = "--documents", paramLabel = "all|ID,...", description = "The documents to assign: all, or ids.")
    String documents;

    AssignCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() throws Exception {
        PrintStream out = out();
        CorpusStore store = CorpusStore.open(dir);
        Assignments assignments = AssignmentsFile.read(dir);
        if ((annotators == null) != (documents == null)) {
            throw new UsageException("give both --annotators and --documents, or neither to see the progress");
        }
        if (annotators != null) {
            List<String> who = AnnotatorList.parseRequired("--annotators", annotators);
            List<String> what = documents(store, documents);
            try {
                assignments = assignments.assign(who, what);
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
            AssignmentsFile.write(dir, assignments);
            out.printf("assigned %d documents to %s in %s%n", what.size(), String.join(", ", who),
                    dir.resolve(AssignmentsFile.NAME));
        }
        if (assignments.isEmpty()) {
            out.println("no assignments yet; add some with --annotators A,B --documents all");
            return CommandLine.OK;
        }
        out.printf("%-20s %8s %6s %11s %11s%n", "annotator", "assigned", "done", "in progress", "not started");
        for (AnnotatorProgress p : AssignmentProgress.of(store, assignments)) {
            out.printf("%-20s %8d %6d %11d %11d%s%n", p.annotator(), p.assigned(), p.done(), p.inProgress(),
                    p.notStarted(), p.missing() > 0 ? "  (" + p.missing() + " no longer in the corpus)" : "");
        }
        return CommandLine.OK;
    }

    private static List<String> documents(CorpusStore store, String value) throws Exception {
        List<String> known = store.documents().stream().map(DocumentInfo::id).toList();
        if (value.equals("all")) {
            return known;
        }
        List<String> wanted = AnnotatorList.parse(value);
        if (wanted.isEmpty()) {
            throw new UsageException("--documents names no document; give 'all' or ids separated by commas");
        }
        List<String> unknown = new ArrayList<>(wanted);
        unknown.removeAll(known);
        if (!unknown.isEmpty()) {
            throw new UsageException("no document " + unknown + " in " + store.directory()
                    + "; 'aurum list --corpus' shows the ids, or use --documents all");
        }
        return wanted;
    }
}
