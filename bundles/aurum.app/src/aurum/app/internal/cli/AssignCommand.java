package aurum.app.internal.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import aurum.corpus.assignment.AnnotatorProgress;
import aurum.corpus.assignment.AssignmentProgress;
import aurum.corpus.assignment.Assignments;
import aurum.corpus.assignment.AssignmentsFile;
import aurum.corpus.store.CorpusStore;
import aurum.corpus.store.DocumentInfo;

/**
 * {@code aurum assign --corpus DIR --annotators A,B --documents all|ID,…}: adds assignments to the
 * corpus's {@code assignments.json}, then prints each annotator's progress. Without
 * {@code --annotators} and {@code --documents} it only prints the progress.
 */
final class AssignCommand implements Command {

    @Override
    public String name() {
        return "assign";
    }

    @Override
    public String usage() {
        return "assign --corpus DIR [--annotators A,B,… --documents all|ID,…]";
    }

    @Override
    public String summary() {
        return "assign documents to annotators and show each annotator's progress";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Options options = new Options(args, Set.of("corpus", "annotators", "documents"));
        Path dir = Path.of(options.required("corpus"));
        CorpusStore store = CorpusStore.open(dir);
        Assignments assignments = AssignmentsFile.read(dir);
        if (options.optional("annotators").isPresent() != options.optional("documents").isPresent()) {
            throw new UsageException("give both --annotators and --documents, or neither to see the progress");
        }
        if (options.optional("annotators").isPresent()) {
            List<String> annotators = AnnotatorList.parse(options.required("annotators"));
            List<String> documents = documents(store, options.required("documents"));
            try {
                assignments = assignments.assign(annotators, documents);
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
            AssignmentsFile.write(dir, assignments);
            out.printf("assigned %d documents to %s in %s%n", documents.size(), String.join(", ", annotators),
                    dir.resolve(AssignmentsFile.NAME));
        }
        if (assignments.isEmpty()) {
            out.println("no assignments yet; add some with --annotators A,B --documents all");
            return 0;
        }
        out.printf("%-20s %8s %6s %11s %11s%n", "annotator", "assigned", "done", "in progress", "not started");
        for (AnnotatorProgress p : AssignmentProgress.of(store, assignments)) {
            out.printf("%-20s %8d %6d %11d %11d%s%n", p.annotator(), p.assigned(), p.done(), p.inProgress(),
                    p.notStarted(), p.missing() > 0 ? "  (" + p.missing() + " no longer in the corpus)" : "");
        }
        return 0;
    }

    private static List<String> documents(CorpusStore store, String value) throws Exception {
        List<String> known = store.documents().stream().map(DocumentInfo::id).toList();
        if (value.equals("all")) {
            return known;
        }
        List<String> wanted = AnnotatorList.parse(value);
        List<String> unknown = new ArrayList<>(wanted);
        unknown.removeAll(known);
        if (!unknown.isEmpty()) {
            throw new UsageException("no document " + unknown + " in " + store.directory()
                    + "; 'aurum list --corpus' shows the ids, or use --documents all");
        }
        return wanted;
    }
}
