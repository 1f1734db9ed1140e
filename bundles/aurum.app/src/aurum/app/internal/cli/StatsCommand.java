package aurum.app.internal.cli;

import java.io.PrintStream;
import java.nio.file.Path;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;

import aurum.core.model.LayerState;
import aurum.corpus.index.DocumentQuery;
import aurum.corpus.store.CorpusStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code aurum stats --corpus DIR [--format table|json]}: documents, characters, layers per state and
 * spans per label for each annotator and gold, from the corpus index.
 */
@Command(name = "stats", description = "Count documents, characters, layers per state and spans per label and"
        + " annotator, boilerplate regions and near-duplicate clusters.")
final class StatsCommand extends CliCommand {

    @Option(names = "--corpus", paramLabel = "DIR", required = true, description = "The corpus folder.")
    Path folder;

    @Option(names = "--format", paramLabel = "FORMAT", converter = Choices.TableOrJson.class,
            completionCandidates = Choices.TableOrJson.class, defaultValue = "table",
            description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    String format;

    StatsCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() throws Exception {
        PrintStream out = out();
        PrintStream err = err();
        CorpusStats stats;
        CorpusExtras extras;
        String name;
        try (CorpusStore store = CorpusStore.open(folder)) {
            ProgressLine progress = new ProgressLine(err, "Indexing");
            store.index().refresh(progress::worked);
            progress.done();
            stats = new CorpusStats(store.index().find(DocumentQuery.ALL));
            extras = CorpusExtras.read(store, new ProgressLine(err, "Reading boilerplate regions"));
            name = store.settings().name();
        }
        if (format.equals("json")) {
            JsonObject json = json(name, stats);
            json.add("boilerplate", extras.boilerplateJson());
            json.add("nearDuplicates", extras.duplicatesJson());
            out.println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(json));
        } else {
            table(name, folder, stats, out);
            extras.table(out);
        }
        return CommandLine.OK;
    }

    private static JsonObject json(String name, CorpusStats stats) {
        JsonObject root = new JsonObject();
        root.addProperty("name", name);
        root.addProperty("documents", stats.documents);
        root.addProperty("characters", stats.characters);
        root.addProperty("documentsWithProblems", stats.documentsWithProblems);
        JsonObject layers = new JsonObject();
        for (CorpusStats.OwnerStats owner : stats.owners) {
            JsonObject o = new JsonObject();
            JsonObject states = new JsonObject();
            owner.layers().forEach((state, n) -> states.addProperty(state.name(), n));
            JsonObject spans = new JsonObject();
            owner.spans().forEach(spans::addProperty);
            o.add("states", states);
            o.add("spans", spans);
            layers.add(CorpusStats.key(owner.owner()), o);
        }
        root.add("layers", layers);
        JsonObject totals = new JsonObject();
        stats.labels.forEach(label -> totals.addProperty(label, stats.spansOf(label)));
        root.add("spansPerLabel", totals);
        return root;
    }

    private static void table(String name, Path folder, CorpusStats stats, PrintStream out) {
        out.println("Corpus      " + name + " (" + folder + ")");
        out.println("Documents   " + stats.documents);
        out.println("Characters  " + stats.characters);
        if (stats.documentsWithProblems > 0) {
            out.println("Unreadable  " + stats.documentsWithProblems + " documents (run aurum validate)");
        }
        out.println();
        if (stats.owners.isEmpty()) {
            out.println("No layers saved yet.");
            return;
        }
        out.printf("%-20s", "Layers");
        for (LayerState state : LayerState.values()) {
            out.printf(" %11s", state.name());
        }
        out.printf(" %8s%n", "spans");
        for (CorpusStats.OwnerStats owner : stats.owners) {
            out.printf("  %-18s", CorpusStats.display(owner.owner()));
            for (LayerState state : LayerState.values()) {
                out.printf(" %11s", state.allowedFor(owner.owner()) ? owner.layers().getOrDefault(state, 0) : "-");
            }
            out.printf(" %8d%n", owner.spanCount());
        }
        out.println();
        out.printf("%-20s", "Spans per label");
        stats.owners.forEach(o -> out.printf(" %10s", CorpusStats.display(o.owner())));
        out.printf(" %8s%n", "total");
        for (String label : stats.labels) {
            out.printf("  %-18s", label);
            stats.owners.forEach(o -> out.printf(" %10d", o.spans().getOrDefault(label, 0)));
            out.printf(" %8d%n", stats.spansOf(label));
        }
    }
}
