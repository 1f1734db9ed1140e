package aurum.app.internal.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import aurum.corpus.assignment.AnnotatorProgress;
import aurum.corpus.assignment.AssignmentProgress;
import aurum.corpus.assignment.Assignments;
import aurum.corpus.assignment.AssignmentsFile;
import aurum.corpus.server.ServerCorpusStore;
import aurum.corpus.server.TeamServer;
import aurum.corpus.store.CorpusStore;
import aurum.corpus.store.DocumentInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code aurum assign --corpus DIR --annotators A,B --documents all|ID,…}: adds assignments to the
 * corpus's {@code assignments.json}, then prints each annotator's progress. Without
 * {@code --annotators} and {@code --documents} it only prints the progress. With {@code --server URL --name ID}
 * instead of {@code --corpus} it changes the team-server corpus's {@code assignments.json} (a lead's right), which
 * connected workbenches follow at once (docs/TEAM-SERVER.md, "Live updates").
 */
@Command(name = "assign", description = "Assign documents to annotators and show each annotator's progress.")
final class AssignCommand extends CliCommand {

    @Option(names = "--corpus", paramLabel = "DIR", description = "The corpus folder (or --server and --name).")
    Path dir;

    @Option(names = "--server", paramLabel = "URL", description = "A team server instead of a folder:"
            + " postgresql://USER@HOST[:PORT][/DATABASE]; changing assignments there is a lead's right.")
    String server;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "With --server: read the login password from the first line of FILE (else"
                    + " AURUM_SERVER_PASSWORD, else a prompt).")
    Path passwordFile;

    @Option(names = "--name", paramLabel = "ID", description = "With --server: the corpus id on the server.")
    String name;

    @Option(names = "--annotators", paramLabel = "A,B,...", description = "The annotators to assign documents to.")
    String annotators;

    @Option(names = "--documents", paramLabel = "all|ID,...", description = "The documents to assign: all, or ids.")
    String documents;

    AssignCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() throws Exception {
        if ((annotators == null) != (documents == null)) {
            throw new UsageException("give both --annotators and --documents, or neither to see the progress");
        }
        if ((dir == null) == (server == null)) {
            throw new UsageException("give the corpus as --corpus DIR, or as --server URL --name ID");
        }
        if (server == null) {
            if (name != null || passwordFile != null) {
                throw new UsageException("--name and --password-file go with --server");
            }
            return inFolder();
        }
        if (name == null) {
            throw new UsageException("--server needs --name, the corpus id on the server");
        }
        String id = ServerIndexCommands.corpusId(name);
        ServerOptions options = new ServerOptions();
        options.server = server;
        options.passwordFile = passwordFile;
        try (TeamServer team = options.connect(1)) {
            return onServer(team.open(id, Path.of(".aurum-server")));
        }
    }

    private Integer inFolder() throws Exception {
        CorpusStore store = CorpusStore.open(dir);
        Assignments assignments = AssignmentsFile.read(dir);
        if (annotators != null) {
            List<String> who = AnnotatorList.parseRequired("--annotators", annotators);
            List<String> what = documents(store, documents);
            assignments = assign(assignments, who, what);
            AssignmentsFile.write(dir, assignments);
            out().printf("assigned %d documents to %s in %s%n", what.size(), String.join(", ", who),
                    dir.resolve(AssignmentsFile.NAME));
        }
        return progress(store, assignments);
    }

    /** Reads, assigns and stores in one transaction of the server, so two leads assigning at once lose nothing. */
    private Integer onServer(ServerCorpusStore store) throws Exception {
        String source = AssignmentsFile.NAME + " of the team-server corpus '" + store.corpusId() + "'";
        Assignments assignments;
        if (annotators != null) {
            List<String> who = AnnotatorList.parseRequired("--annotators", annotators);
            List<String> what = documents(store, documents);
            assign(Assignments.EMPTY, who, what); // names that are no ids are a usage error, before the server is asked
            assignments = AssignmentsFile.read(store.changeCorpusFile(AssignmentsFile.NAME, stored -> {
                Assignments before = stored.isEmpty() ? Assignments.EMPTY : AssignmentsFile.read(stored.get(), source);
                return AssignmentsFile.content(before.assign(who, what));
            }), source);
            out().printf("assigned %d documents to %s in %s%n", what.size(), String.join(", ", who), source);
        } else {
            Optional<byte[]> stored = store.corpusFile(AssignmentsFile.NAME);
            assignments = stored.isEmpty() ? Assignments.EMPTY : AssignmentsFile.read(stored.get(), source);
        }
        return progress(store, assignments);
    }

    private static Assignments assign(Assignments assignments, List<String> who, List<String> what)
            throws UsageException {
        try {
            return assignments.assign(who, what);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private Integer progress(CorpusStore store, Assignments assignments) throws Exception {
        PrintStream out = out();
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
