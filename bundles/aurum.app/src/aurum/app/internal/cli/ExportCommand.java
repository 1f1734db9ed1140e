package aurum.app.internal.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.osgi.framework.FrameworkUtil;

import aurum.core.model.LayerState;
import aurum.corpus.importer.OffsetUnit;
import aurum.corpus.store.CorpusStore;
import aurum.export.BoundaryPolicy;
import aurum.export.CorpusExport;
import aurum.export.ExportGuard;
import aurum.export.ExportOptions;
import aurum.export.ExportResult;
import aurum.export.Exporter;
import aurum.export.LayerInventory;
import aurum.export.LayerSelection;
import aurum.export.NothingToExportException;
import aurum.export.OverlapPolicy;
import aurum.export.SplitCounts;
import aurum.export.SplitRules;
import aurum.export.SplitSpec;
import aurum.export.TagScheme;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code aurum export --corpus DIR --format F --out DIR …}: writes training data with a manifest and a
 * report; the options map one to one onto {@link ExportOptions} (see docs/EXPORT.md). With
 * {@code --server URL --name ID} instead of {@code --corpus} it reads a team-server corpus as the login may see it
 * (docs/TEAM-SERVER.md).
 */
@Command(name = "export", description = "Export training data (train/dev/test) with a manifest and a report of every"
        + " span changed or dropped (docs/EXPORT.md).")
final class ExportCommand extends CliCommand {

    @Option(names = "--corpus", paramLabel = "DIR", description = "The corpus folder (or --server and --name).")
    Path corpus;

    @Option(names = "--server", paramLabel = "URL", description = "Export a team-server corpus instead of a folder:"
            + " postgresql://USER@HOST[:PORT][/DATABASE]; the login's password as for 'aurum pull'.")
    String server;

    @Option(names = "--name", paramLabel = "ID", description = "With --server: the corpus id on the server.")
    String name;

    @Option(names = "--password-file", paramLabel = "FILE", description = "With --server: read the login password"
            + " from the first line of FILE (else AURUM_SERVER_PASSWORD, else a prompt).")
    Path passwordFile;

    @Option(names = "--format", paramLabel = "FORMAT", required = true,
            description = "The exporter, e.g. conll or jsonl; a name that is not installed lists those that are.")
    String format;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "The output folder.")
    Path target;

    @Option(names = "--split", paramLabel = "TRAIN/DEV/TEST", description = "Percentages, e.g. 80/10/10 (default:"
            + " one file).")
    String split;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
            description = "The seed of the split's shuffle (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--stratify", description = "Keep each label's share about equal in every split.")
    boolean stratify;

    @Option(names = "--keep-related", paramLabel = "N", defaultValue = "0",
            description = "Also keep related documents (other write-ups of one story) in one split, in groups of at most N"
                    + " documents (default: ${DEFAULT-VALUE}, not kept together; near-duplicates always are).")
    int keepRelated;

    @Option(names = "--allow-uneven-split", description = "Export even when groups that must stay in one split make a"
            + " share miss its request by more than 5 points (the export fails otherwise); prints the shares achieved.")
    boolean allowUneven;

    @Option(names = "--layer", paramLabel = "LAYER", description = "gold, majority or annotator:NAME (default: what"
            + " the corpus has: gold when any document is curated, else the only annotator's layer).")
    String layer;

    @Option(names = "--states", paramLabel = "STATE", split = ",", converter = Choices.States.class,
            completionCandidates = Choices.States.class,
            description = "Only layers in these states, comma-separated: ${COMPLETION-CANDIDATES}.")
    List<LayerState> states = new ArrayList<>();

    @Option(names = "--labels", paramLabel = "LABEL", split = ",", description = "Only spans of these labels.")
    List<String> labels = new ArrayList<>();

    @Option(names = "--map", paramLabel = "FROM=TO", description = "Export label FROM as TO; repeatable.")
    Map<String, String> map = new LinkedHashMap<>();

    @Option(names = "--boundary", paramLabel = "POLICY", converter = Choices.Boundaries.class,
            completionCandidates = Choices.Boundaries.class, defaultValue = "expand",
            description = "Spans that cut a token: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    BoundaryPolicy boundary;

    @Option(names = "--overlaps", paramLabel = "POLICY", converter = Choices.Overlaps.class,
            completionCandidates = Choices.Overlaps.class, defaultValue = "fail",
            description = "Overlapping spans: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    OverlapPolicy overlaps;

    @Option(names = "--scheme", paramLabel = "SCHEME", converter = Choices.Schemes.class,
            completionCandidates = Choices.Schemes.class, defaultValue = "iob2",
            description = "Token tags: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    TagScheme scheme;

    @Option(names = "--offsets", paramLabel = "UNIT", converter = Choices.Offsets.class,
            completionCandidates = Choices.Offsets.class,
            description = "${COMPLETION-CANDIDATES}: what the character offsets of jsonl and brat count"
                    + " (default: the format's own, utf16 for jsonl, codepoints for brat).")
    OffsetUnit offsets;

    @Option(names = "--keep-boilerplate", description = "Keep boilerplate regions (left out by default).")
    boolean keepBoilerplate;

    ExportCommand(CliContext context) {
        super(context);
    }

    private List<String> ids() {
        return context.services().exporters().get().exporters().stream().map(Exporter::id).toList();
    }

    @Override
    public Integer call() throws Exception {
        if ((corpus == null) == (server == null)) {
            throw new UsageException("name what to export: --corpus DIR (a corpus folder) or --server URL --name ID"
                    + " (a team-server corpus), not both");
        }
        if (server == null && name != null) {
            throw new UsageException("--name names a corpus on a team server: give --server too, or leave it out");
        }
        if (corpus != null && !Files.isRegularFile(corpus.resolve("corpus.json"))) {
            throw new UsageException(corpus + " is not an Aurum corpus (no corpus.json); create one with 'aurum import'");
        }
        Exporter exporter = context.services().exporters().get().find(format).orElseThrow(
                () -> new UsageException("unknown --format '" + format + "'; installed: " + String.join(", ", ids())));
        if (server != null) {
            if (name == null) {
                throw new UsageException("--server needs --name ID: the corpus on the server ('aurum server list"
                        + " --server URL' lists them)");
            }
            return ServerCorpusReader.run(ServerOptions.of(server, passwordFile), ServerIndexCommands.corpusId(name),
                    store -> export(store, exporter));
        }
        try (CorpusStore store = CorpusStore.open(corpus)) {
            return export(store, exporter);
        }
    }

    /** The export itself, of a folder or a server corpus. */
    private int export(CorpusStore store, Exporter exporter) throws Exception {
        LayerInventory layers = LayerInventory.of(store);
        ExportOptions export = options(layers);
        checkSelections(store, export);
        CliProgress progress = new CliProgress(err());
        ExportResult result;
        try {
            // an export with no document, no span or an empty split stops before writing anything
            result = CorpusExport.run(store, exporter, export, target, progress, ExportGuard.USEFUL);
        } catch (NothingToExportException e) {
            progress.done();
            if (e.reason() == NothingToExportException.Reason.EMPTY_SPLIT) {
                throw new UsageException(nothingExported(e, export, layers));
            }
            err().println("aurum export: " + nothingExported(e, export, layers));
            return CommandLine.PROBLEMS;
        }
        progress.done();
        for (Map.Entry<String, SplitCounts> e : result.splits().entrySet()) {
            SplitCounts c = e.getValue();
            out().printf("%-6s %6d documents %8d sentences %9d tokens %7d spans %s%n", e.getKey(), c.documents(),
                    c.sentences(), c.tokens(), c.spanTotal(), c.spans());
        }
        for (String notice : result.split().notices()) {
            err().println("aurum export: " + notice);
        }
        for (String warning : result.split().warnings()) {
            err().println("aurum export: warning: " + warning);
        }
        if (result.splits().size() > 1) {
            String achieved = "split shares achieved: " + result.split().describeAchieved() + " (requested " + split
                    + "); largest group kept in one split: " + result.split().largestGroupSize() + " documents";
            if (result.split().worstMiss() > SplitRules.TOLERANCE) {
                err().println("aurum export: warning: uneven split, as allowed: " + achieved);
            } else {
                out().println(achieved);
            }
        }
        out().printf("%d documents skipped (no %s layer or another state), %d spans changed, %d dropped (see"
                + " report.jsonl): %s%n", result.skippedDocuments(), export.layer(),
                result.reported() - result.dropped(), result.dropped(), result.directory());
        return CommandLine.OK;
    }

    /**
     * The layer named with {@code --layer}, else what the corpus has ({@link LayerInventory#defaultLayer}); with
     * several annotators and nothing curated the export does not guess, and says which layers there are.
     */
    private LayerSelection layer(LayerInventory layers) throws UsageException {
        if (layer != null) {
            return LayerSelection.parse(layer);
        }
        if (layers.isEmpty()) {
            throw new UsageException("nothing to export: no document of " + source() + " has a saved layer yet;"
                    + " annotate, import annotated files or curate first");
        }
        LayerSelection chosen = layers.defaultLayer().orElseThrow(() -> new UsageException("choose the layer to export"
                + " with --layer: no gold layer is curated and the corpus has several layers, so the"
                + " export does not guess. Layers: " + layers.describe() + ". Use --layer gold, --layer"
                + " annotator:NAME or --layer majority"));
        err().println("aurum export: layer " + layers.describeDefault() + "; --layer chooses another");
        return chosen;
    }

    /** Why nothing was exported, naming the option to change. */
    private String nothingExported(NothingToExportException e, ExportOptions export, LayerInventory layers) {
        String what = e.getMessage().replaceFirst("^nothing to export: ", "");
        return switch (e.reason()) {
        case NO_DOCUMENTS -> "no document was exported: " + what + ". Choose another --layer"
                + (export.states().isEmpty() ? "" : " or other --states") + " (layers: " + layers.describe() + ")";
        case NO_SPANS -> "no span was exported: " + what + ". " + (export.labels().isEmpty()
                ? "Choose another --layer (layers: " + layers.describe() + ")" : "Choose other --labels");
        case EMPTY_SPLIT -> what.replace("the split ", "--split ") + " (e.g. --split 50/50 or no --split)";
        };
    }

    /** Labels and annotators named by the options must exist: an export of nothing is a mistake. */
    private void checkSelections(CorpusStore store, ExportOptions export) throws Exception {
        var labelSet = Selections.labelSet(store, context.services().labelSets().get());
        for (String label : labels) {
            Selections.requireLabel("--labels", label.strip(), labelSet);
        }
        for (Map.Entry<String, String> e : map.entrySet()) {
            Selections.requireLabel("--map " + e.getKey() + "=" + e.getValue() + ":", e.getKey(), labelSet);
        }
        if (export.layer().kind() == LayerSelection.Kind.ANNOTATOR) {
            Selections.requireAnnotator("--layer", export.layer().annotator(), store.annotators(), source());
        }
    }

    /** The corpus as messages name it: its folder, or its id on the server. */
    private String source() {
        return corpus != null ? corpus.toString() : "'" + name + "' on " + server;
    }

    private ExportOptions options(LayerInventory layers) throws UsageException {
        for (Map.Entry<String, String> e : map.entrySet()) {
            if (e.getKey().isBlank() || !e.getValue().matches("\\S+")) {
                throw new UsageException("--map takes FROM=TO with a label id on each side, got '" + e.getKey() + "="
                        + e.getValue() + "'");
            }
        }
        try {
            ExportOptions e = ExportOptions.defaults().withAurumVersion(version()).withLabelMap(map)
                    .withExcludeRegions(!keepBoilerplate);
            e = e.withLayer(layer(layers));
            e = e.withSplit(split == null ? SplitSpec.NONE : SplitSpec.parse(split), seed, stratify);
            e = e.withSplitRules(new SplitRules(keepRelated, allowUneven));
            e = e.withStates(states.isEmpty() ? EnumSet.noneOf(LayerState.class) : EnumSet.copyOf(states));
            e = e.withLabels(new TreeSet<>(labels.stream().map(String::strip).filter(s -> !s.isEmpty()).toList()));
            return e.withBoundary(boundary).withOverlap(overlaps).withTagScheme(scheme).withOffsetUnit(offsets);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static String version() {
        var bundle = FrameworkUtil.getBundle(ExportCommand.class);
        return bundle == null ? "dev (not running in OSGi)" : bundle.getVersion().toString();
    }

    /** One progress line per phase (selecting, exporting). */
    private static final class CliProgress implements aurum.export.ExportProgress {
        private final PrintStream err;
        private String phase;
        private ProgressLine line;

        CliProgress(PrintStream err) {
            this.err = err;
        }

        @Override
        public void worked(String newPhase, long done, long total) {
            if (!newPhase.equals(phase)) {
                done();
                phase = newPhase;
                line = new ProgressLine(err, newPhase);
            }
            line.worked(done, total);
        }

        void done() {
            if (line != null) {
                line.done();
            }
        }
    }
}
