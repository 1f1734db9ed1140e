package aurum.app.internal.cli;

import aurum.core.model.LayerOwner;
import aurum.core.model.LayerState;
import aurum.corpus.server.ServerCorpusStore;
import aurum.corpus.server.ServerDocumentIndex;
import aurum.corpus.server.TeamServer;
import aurum.corpus.store.DocumentIds;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import java.io.PrintStream;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code aurum server list} and {@code aurum server stats}: the document index of a team-server corpus, computed by
 * the database ({@link ServerDocumentIndex}; docs/TEAM-SERVER.md, "Listing and stats").
 */
final class ServerIndexCommands {

    private ServerIndexCommands() {
    }

    static String corpusId(String name) throws UsageException {
        try {
            return DocumentIds.requireValid(name, "--name");
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** {@code aurum server list --server URL --name ID [--state S] [--annotator A] [--after ID] [--limit N]}. */
    @Command(name = "list", description = "List the documents of a team-server corpus a page at a time, filtered by"
            + " layer state and annotator, with the layers you may see.")
    static final class ListDocuments extends CliCommand {
        @Mixin
        ServerOptions server;

        @Option(names = "--name", paramLabel = "ID", required = true, description = "The corpus id on the server.")
        String name;

        @Option(names = "--state", paramLabel = "STATE", converter = Choices.States.class,
                completionCandidates = Choices.States.class,
                description = "Only documents with a layer in this state: ${COMPLETION-CANDIDATES}.")
        LayerState state;

        @Option(names = "--annotator", paramLabel = "NAME", description = "Only documents with a layer of this annotator.")
        String annotator;

        @Option(names = "--gold", description = "Only documents with a gold layer.")
        boolean gold;

        @Option(names = "--after", paramLabel = "ID", description = "The page after this document id (the last line"
                + " of a page says which to give).")
        String after;

        @Option(names = "--limit", paramLabel = "N", defaultValue = "100", description = "Documents per page, 1 to "
                + ServerDocumentIndex.MAX_PAGE + " (default: ${DEFAULT-VALUE}).")
        int limit;

        ListDocuments(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() throws Exception {
            String id = corpusId(name);
            LayerOwner owner = owner();
            if (limit < 1 || limit > ServerDocumentIndex.MAX_PAGE) {
                throw new UsageException("--limit takes 1 to " + ServerDocumentIndex.MAX_PAGE + ", not " + limit);
            }
            try (TeamServer team = server.connect(1)) {
                ServerCorpusStore corpus = team.open(id, Path.of(".aurum-server"));
                ServerDocumentIndex.Page page = new ServerDocumentIndex(corpus).list(state, owner, after, limit);
                PrintStream out = out();
                for (ServerDocumentIndex.Listed d : page.documents()) {
                    out.printf("%-28s %7d  %-40s %s%n", d.id(), d.length(), d.title() == null ? "" : d.title(),
                            String.join(" ", d.layers()));
                }
                out.println(page.documents().size() + " of " + page.total() + " documents"
                        + (page.next() == null ? "" : "; the next page: --after " + page.next()));
            }
            return CommandLine.OK;
        }

        private LayerOwner owner() throws UsageException {
            if (gold && annotator != null) {
                throw new UsageException("give --annotator or --gold, not both");
            }
            if (gold) {
                return LayerOwner.GOLD;
            }
            if (annotator == null) {
                return null;
            }
            if (!DocumentIds.isValid(annotator)) {
                throw new UsageException("'" + annotator + "' is not an annotator id (letters, digits, . _ -)");
            }
            return LayerOwner.annotator(annotator);
        }
    }

    /** {@code aurum server stats --server URL --name ID [--format table|json]}. */
    @Command(name = "stats", description = "Count the documents of a team-server corpus, its layers per state and"
            + " annotator and their spans per label, as far as you may see them.")
    static final class Stats extends CliCommand {
        @Mixin
        ServerOptions server;

        @Option(names = "--name", paramLabel = "ID", required = true, description = "The corpus id on the server.")
        String name;

        @Option(names = "--format", paramLabel = "FORMAT", converter = Choices.TableOrJson.class,
                completionCandidates = Choices.TableOrJson.class, defaultValue = "table",
                description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
        String format;

        Stats(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() throws Exception {
            String id = corpusId(name);
            try (TeamServer team = server.connect(1)) {
                ServerCorpusStore corpus = team.open(id, Path.of(".aurum-server"));
                ServerDocumentIndex.Stats stats = new ServerDocumentIndex(corpus).stats();
                if (format.equals("json")) {
                    out().println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(json(id, stats)));
                } else {
                    table(id, team, stats, out());
                }
            }
            return CommandLine.OK;
        }

        private static JsonObject json(String id, ServerDocumentIndex.Stats stats) {
            JsonObject root = new JsonObject();
            root.addProperty("corpus", id);
            root.addProperty("documents", stats.documents());
            root.addProperty("characters", stats.characters());
            root.addProperty("documentsWithoutLayers", stats.withoutLayers());
            JsonObject layers = new JsonObject();
            for (ServerDocumentIndex.OwnerStats owner : stats.owners()) {
                JsonObject o = new JsonObject();
                JsonObject states = new JsonObject();
                owner.layers().forEach((state, n) -> states.addProperty(state.name(), n));
                JsonObject spans = new JsonObject();
                owner.spans().forEach(spans::addProperty);
                o.add("states", states);
                o.add("spans", spans);
                layers.add(owner.owner(), o);
            }
            root.add("layers", layers);
            return root;
        }

        private static void table(String id, TeamServer team, ServerDocumentIndex.Stats stats, PrintStream out) {
            out.println("Corpus      " + id + " (" + team.address() + ")");
            out.println("Documents   " + stats.documents() + " (" + stats.withoutLayers() + " without a layer you may see)");
            out.println("Characters  " + stats.characters());
            out.println();
            if (stats.owners().isEmpty()) {
                out.println("No layers you may see.");
                return;
            }
            out.printf("%-20s", "Layers");
            for (LayerState state : LayerState.values()) {
                out.printf(" %11s", state.name());
            }
            out.printf(" %8s%n", "spans");
            for (ServerDocumentIndex.OwnerStats owner : stats.owners()) {
                out.printf("  %-18s", owner.owner());
                for (LayerState state : LayerState.values()) {
                    out.printf(" %11d", owner.layers().getOrDefault(state, 0L));
                }
                out.printf(" %8d%n", owner.spanCount());
            }
            out.println();
            out.println("Spans per label");
            for (ServerDocumentIndex.OwnerStats owner : stats.owners()) {
                owner.spans().forEach((label, n) -> out.printf("  %-18s %-20s %8d%n", owner.owner(), label, n));
            }
        }
    }
}
