package aurum.app.internal.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

import org.osgi.framework.FrameworkUtil;

import aurum.core.model.LayerState;
import aurum.corpus.importer.OffsetUnit;
import aurum.corpus.store.CorpusStore;
import aurum.export.BoundaryPolicy;
import aurum.export.CorpusExport;
import aurum.export.ExportOptions;
import aurum.export.ExportResult;
import aurum.export.Exporter;
import aurum.export.ExporterRegistry;
import aurum.export.LayerSelection;
import aurum.export.OverlapPolicy;
import aurum.export.SplitCounts;
import aurum.export.SplitSpec;
import aurum.export.TagScheme;

/**
 * {@code aurum export --corpus DIR --format F --out DIR …}: writes training data with a manifest and a
 * report; the options map one to one onto {@link ExportOptions} (see docs/EXPORT.md).
 */
final class ExportCommand implements Command {

    private static final Set<String> OPTIONS = Set.of("corpus", "format", "out", "split", "seed", "layer", "states",
            "labels", "boundary", "overlaps", "scheme", "offsets");
    private static final Set<String> FLAGS = Set.of("--stratify", "--keep-boilerplate");

    private final Supplier<ExporterRegistry> exporters;

    ExportCommand(Supplier<ExporterRegistry> exporters) {
        this.exporters = exporters;
    }

    @Override
    public String name() {
        return "export";
    }

    @Override
    public String usage() {
        return "export --corpus DIR --format " + String.join("|", ids()) + " --out DIR [--split 80/10/10] [--seed N]"
                + " [--stratify] [--layer gold|majority|annotator:NAME] [--states DONE,CURATED] [--labels A,B]"
                + " [--map A=B]… [--boundary expand|split|drop] [--overlaps fail|keep-longest|keep-first|per-label]"
                + " [--scheme iob1|iob2|bilou] [--offsets utf16|codepoints|utf8] [--keep-boilerplate]";
    }

    @Override
    public String summary() {
        return "export training data (train/dev/test) with a manifest and a report of every span changed or dropped";
    }

    private List<String> ids() {
        return exporters.get().exporters().stream().map(Exporter::id).toList();
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        List<String> rest = new ArrayList<>();
        Map<String, String> map = new LinkedHashMap<>();
        Set<String> flags = new TreeSet<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--map") && i + 1 < args.size()) {
                String[] pair = args.get(++i).split("=", 2);
                if (pair.length != 2 || pair[0].isBlank() || !pair[1].matches("\\S+")) {
                    throw new UsageException("--map takes FROM=TO with a label id on each side, got '" + args.get(i) + "'");
                }
                map.put(pair[0], pair[1]);
            } else if (FLAGS.contains(a)) {
                flags.add(a);
            } else {
                rest.add(a);
            }
        }
        Options options = new Options(rest, OPTIONS);
        Path corpus = Path.of(options.required("corpus"));
        if (!Files.isRegularFile(corpus.resolve("corpus.json"))) {
            throw new UsageException(corpus + " is not an Aurum corpus (no corpus.json); create one with 'aurum import'");
        }
        String format = options.required("format");
        Exporter exporter = exporters.get().find(format)
                .orElseThrow(() -> new UsageException("unknown --format '" + format + "'; installed: " + String.join(", ", ids())));
        ExportOptions export = options(options, map, flags);
        CliProgress progress = new CliProgress(err);
        ExportResult result = CorpusExport.run(CorpusStore.open(corpus), exporter, export, Path.of(options.required("out")), progress);
        progress.done();
        for (Map.Entry<String, SplitCounts> e : result.splits().entrySet()) {
            SplitCounts c = e.getValue();
            out.printf("%-6s %6d documents %8d sentences %9d tokens %7d spans %s%n", e.getKey(), c.documents(), c.sentences(),
                    c.tokens(), c.spanTotal(), c.spans());
        }
        out.printf("%d documents skipped (no %s layer or another state), %d spans changed, %d dropped (see report.jsonl): %s%n",
                result.skippedDocuments(), export.layer(), result.reported() - result.dropped(), result.dropped(), result.directory());
        return 0;
    }

    private static ExportOptions options(Options o, Map<String, String> map, Set<String> flags) throws UsageException {
        try {
            ExportOptions e = ExportOptions.defaults().withAurumVersion(version()).withLabelMap(map)
                    .withExcludeRegions(!flags.contains("--keep-boilerplate"));
            e = e.withLayer(LayerSelection.parse(o.optional("layer").orElse("gold")));
            e = e.withSplit(o.optional("split").map(SplitSpec::parse).orElse(SplitSpec.NONE),
                    Long.parseLong(o.optional("seed").orElse("1")), flags.contains("--stratify"));
            EnumSet<LayerState> states = EnumSet.noneOf(LayerState.class);
            for (String s : list(o.optional("states").orElse(""))) {
                states.add(LayerState.valueOf(s.toUpperCase(Locale.ROOT).replace('-', '_')));
            }
            e = e.withStates(states).withLabels(new TreeSet<>(list(o.optional("labels").orElse(""))));
            e = e.withBoundary(BoundaryPolicy.valueOf(upper(o.optional("boundary").orElse("expand"))));
            String overlaps = upper(o.optional("overlaps").orElse("fail"));
            e = e.withOverlap(OverlapPolicy.valueOf(overlaps.equals("PER_LABEL") ? "ONE_FILE_PER_LABEL" : overlaps));
            e = e.withTagScheme(TagScheme.valueOf(upper(o.optional("scheme").orElse("iob2"))));
            return e.withOffsetUnit(switch (o.optional("offsets").orElse("utf16").toLowerCase(Locale.ROOT)) {
                case "utf16" -> OffsetUnit.UTF16;
                case "codepoints" -> OffsetUnit.CODE_POINTS;
                case "utf8" -> OffsetUnit.UTF8_BYTES;
                default -> throw new IllegalArgumentException("--offsets is utf16, codepoints or utf8");
            });
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static String upper(String value) {
        return value.toUpperCase(Locale.ROOT).replace('-', '_');
    }

    private static List<String> list(String value) {
        return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
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
