package aurum.app.internal.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import aurum.core.model.LabelSet;
import aurum.core.model.LabelSetRef;
import aurum.corpus.dedup.Relation;
import aurum.corpus.importer.ConllColumns;
import aurum.corpus.importer.ImportException;
import aurum.corpus.importer.ImportReport;
import aurum.corpus.importer.ImportWarning;
import aurum.corpus.importer.Importer;
import aurum.corpus.importer.Importers;
import aurum.corpus.importer.OffsetUnit;
import aurum.corpus.store.CorpusSettings;
import aurum.corpus.internal.store.ImportTransaction;
import aurum.corpus.store.CorpusStore;
import aurum.corpus.store.CorpusStoreException;
import aurum.labels.corpus.CorpusLabelSets;
import aurum.labels.format.LabelSetFormatException;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code aurum import PATH… --corpus DIR}: reads text, zip, JSONL, brat, CoNLL or WebAnno TSV 3 input into a
 * corpus, creating it when missing. Idempotent: documents already in the corpus (same text) are counted, not
 * added; their annotations are stored once. What the input held that was not imported is counted in the summary
 * line and listed in the import report (docs/FORMATS.md).
 */
@Command(name = "import", description = "Import documents (and their spans) into a corpus, creating it when missing."
        + " Documents already in the corpus (same text) are counted, not added again.")
final class ImportCommand extends CliCommand {

    /** The formats that {@code --format} names; others come from installed importers. */
    static final class Formats extends Choices.Words<String> {
        Formats() {
            super("an import format");
            for (String f : List.of("text", "zip", "jsonl", "brat", "conll", "tsv3")) {
                add(f, f);
            }
        }
    }

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Files or folders to import; none to only bring"
            + " the corpus's near-duplicate analysis (clusters.json) up to date, which every import does at its end.")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--corpus", paramLabel = "DIR", required = true,
            description = "The corpus folder; created when it does not exist yet, with the news label set, or with"
                    + " the input's labels (labelset.json) when news lacks some.")
    Path corpus;

    @Option(names = "--format", paramLabel = "FORMAT", completionCandidates = Formats.class,
            description = "The input format: ${COMPLETION-CANDIDATES}; by default told from each PATH's name.")
    String format;

    @Option(names = "--offsets", paramLabel = "UNIT", converter = Choices.Offsets.class,
            completionCandidates = Choices.Offsets.class,
            description = "${COMPLETION-CANDIDATES}: what the offsets of jsonl and brat files count. By default"
                    + " a JSONL record's \"offsets\" field says (else utf16, with a warning when that is ambiguous)"
                    + " and brat counts codepoints; brat written by DKPro Core counts utf16.")
    OffsetUnit offsets;

    @Option(names = "--conll-columns", paramLabel = "TOKEN,TAG[,TAG…]", converter = ConllColumnsConverter.class,
            description = "CoNLL columns (from 1; -1 is the last) of the token and the tags, e.g. 1,-1 (CoNLL-2003),"
                    + " 2,3,4 (GermEval: outer and nested entities). Default: token first, tags last (GermEval's"
                    + " numbered layout is recognised).")
    ConllColumns conllColumns;

    /** Reads {@code --conll-columns}. */
    static final class ConllColumnsConverter implements ITypeConverter<ConllColumns> {
        @Override
        public ConllColumns convert(String value) {
            try {
                return ConllColumns.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    @Option(names = "--annotator", paramLabel = "NAME", defaultValue = "import",
            description = "The annotator whose layer receives imported spans (default: ${DEFAULT-VALUE}).")
    String annotator;

    @Option(names = "--lenient", description = "Skip what the corpus cannot hold correctly (empty documents,"
            + " NUL characters, broken UTF-16, unknown labels, duplicate spans) with a warning instead of stopping.")
    boolean lenient;

    ImportCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() throws Exception {
        List<Importer> importers = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
                throw new UsageException(path + ": no such file or folder; check the path");
            }
            importers.add(importerFor(path));
        }
        if (paths.isEmpty() && !Files.exists(corpus.resolve("corpus.json"))) {
            throw new UsageException(corpus + " is not an Aurum corpus (no corpus.json); name files or folders to import"
                    + " into a new one");
        }
        String command = "aurum " + String.join(" ", spec.root().commandLine().getParseResult().originalArgs());
        ImportTransaction transaction = ImportTransaction.begin(corpus, command, notice -> err().println("aurum import: "
                + notice));
        ImportIntoStore sink = null;
        try {
            boolean creating = !Files.exists(corpus.resolve("corpus.json"));
            CorpusStore store = creating ? CorpusStore.create(corpus, CorpusSettings.of(
                    corpus.toAbsolutePath().getFileName().toString(), new LabelSetRef("news", "2.0.0")))
                    : CorpusStore.open(corpus);
            LabelSet labelSet = labelSet(store);
            // a corpus this import creates takes the input's labels when the default set lacks some (decided at
            // the end, when every label is known); an existing corpus's labels are checked as documents arrive
            LabelSet checked = creating ? null : labelSet;
            sink = new ImportIntoStore(store, transaction, annotator, new ImportChecks(checked), lenient,
                    new ProgressLine(err(), "Importing"), checked);
            for (int i = 0; i < paths.size(); i++) {
                importers.get(i).read(paths.get(i), sink, sink.progress());
            }
            if (!paths.isEmpty() && sink.added() + sink.present() + sink.skipped() == 0) {
                throw new ImportIntoStore.Refused(nothingFound(importers));
            }
            sink.close();
            String ownLabels = creating ? InputLabelSet.adopt(store, labelSet, sink.labels()) : null;
            transaction.commit();
            report(store, sink);
            if (ownLabels != null) {
                out().println(ownLabels);
            }
            return CommandLine.OK;
        } catch (Throwable failure) {
            if (sink != null) {
                sink.abandon(); // no group of documents may still be in flight while the import is rolled back
                sink.progress().done();
            }
            throw rolledBack(transaction, failure);
        }
    }

    /** Rolls the import back and returns the failure to report, its message saying what became of the corpus. */
    private Exception rolledBack(ImportTransaction transaction, Throwable failure) throws Exception {
        Throwable cause = failure instanceof UncheckedIOException u ? u.getCause() : failure;
        String outcome;
        try {
            transaction.rollback();
            outcome = "nothing was imported: " + corpus + " is as it was before";
        } catch (IOException | RuntimeException rollbackFailure) {
            cause.addSuppressed(rollbackFailure);
            outcome = "the import could not be rolled back (" + FailureHandler.describeBriefly(rollbackFailure)
                    + "); 'aurum validate --corpus " + corpus + "' reports it and the next import rolls it back";
        }
        if (cause instanceof ImportIntoStore.Refused || cause instanceof ImportException
                || cause instanceof CorpusStoreException) {
            return new InputException(cause.getMessage() + ". " + Character.toUpperCase(outcome.charAt(0))
                    + outcome.substring(1) + ".");
        }
        if (cause instanceof Error e) {
            throw e;
        }
        return cause instanceof Exception e ? e : new IllegalStateException(cause);
    }

    private LabelSet labelSet(CorpusStore store) {
        try {
            return new CorpusLabelSets(context.services().labelSets().get()).resolve(store).labelSet();
        } catch (LabelSetFormatException e) {
            err().println("aurum import: warning: labels are not checked: " + e.getMessage());
            return null;
        }
    }

    private void report(CorpusStore store, ImportIntoStore sink) throws Exception {
        sink.progress().done();
        ImportReport found = sink.report();
        for (ImportWarning w : found.warnings()) {
            err().println(w.file() + (w.line() > 0 ? ":" + w.line() : "") + ": warning: " + w.message());
        }
        if (!found.isEmpty()) {
            try {
                Path report = found.writeInto(corpus);
                err().println("aurum import: the " + found.warnings().size() + " warnings are listed in " + report);
            } catch (IOException e) {
                err().println("aurum import: the warnings above could not be written to " + corpus.resolve(
                        ImportReport.FOLDER) + " (" + e.getMessage() + ")");
            }
        }
        out().printf("%d documents added, %d already in the corpus, %d spans, %d warnings%s%s: %s%n", sink.added(),
                sink.present(), sink.spans(), found.warnings().size(), lenient ? " (" + sink.skipped()
                        + " documents skipped, " + sink.spansDropped() + " spans left out)" : "",
                found.skippedTotal() > 0 ? "; not imported: " + found.skippedSummary() : "", corpus);
        if (sink.otherLayers() > 0) {
            out().printf("%d document(s) came again with other annotations, stored as another layer of %s (see the"
                    + " report)%n", sink.otherLayers(), annotator);
        }
        Map<String, String> clusters = store.duplicateClusters();
        long related = store.relations().stream().filter(r -> r.relation() == Relation.RELATED).count();
        out().printf("%d documents in %d near-duplicate clusters, %d related pairs (%s)%n", clusters.size(),
                clusters.values().stream().distinct().count(), related, "clusters.json");
    }

    /** Says what the paths held, when none of them gave a document. */
    private String nothingFound(List<Importer> importers) {
        List<String> found = new ArrayList<>();
        for (int i = 0; i < paths.size(); i++) {
            Path path = paths.get(i);
            String what = path + " (read as " + importers.get(i).name();
            if (Files.isDirectory(path)) {
                Map<String, Integer> kinds = new TreeMap<>();
                try (Stream<Path> files = Files.walk(path)) {
                    files.filter(Files::isRegularFile).limit(100_000).forEach(f -> {
                        String name = f.getFileName().toString();
                        int dot = name.lastIndexOf('.');
                        kinds.merge(dot > 0 ? name.substring(dot) : "(no extension)", 1, Integer::sum);
                    });
                } catch (IOException | UncheckedIOException e) {
                    // the listing only helps the message
                }
                what += kinds.isEmpty() ? "; the folder is empty"
                        : "; the folder holds " + String.join(", ", kinds.entrySet().stream()
                                .map(e -> e.getValue() + " " + e.getKey()).toList()) + " file(s)";
            }
            found.add(what + ")");
        }
        return "no documents found in " + String.join(", ", found) + ". Give the files to import themselves (a"
                + " folder is read as brat, TSV 3 or .txt files), or their format with --format "
                + new Formats().list().replace(", ", "|");
    }

    private Importer importerFor(Path source) throws UsageException {
        String chosen = format != null ? format
                : Importers.forSource(source).map(Importer::name).orElse("");
        if (offsets != null && !chosen.equals("jsonl") && !chosen.equals("brat")) {
            throw new UsageException("--offsets applies to jsonl and brat files, not to " + source + " ("
                    + (chosen.isEmpty() ? "format unknown" : chosen) + "); leave it out");
        }
        if (conllColumns != null && !chosen.equals("conll")) {
            throw new UsageException("--conll-columns applies to CoNLL files, not to " + source + " ("
                    + (chosen.isEmpty() ? "format unknown" : chosen) + "); leave it out or give --format conll");
        }
        return switch (chosen) {
        case "text" -> format != null ? Importers.plainTextAsAsked() : Importers.plainText();
        case "zip" -> Importers.zip();
        case "jsonl" -> offsets == null ? Importers.jsonl() : Importers.jsonl(offsets);
        case "brat" -> offsets == null ? Importers.brat() : Importers.brat(offsets);
        case "conll" -> Importers.conll(conllColumns == null ? ConllColumns.AUTO : conllColumns);
        case "tsv3" -> Importers.webAnnoTsv();
        case "" -> throw new UsageException("cannot tell the format of " + source + "; give --format "
                + new Formats().list().replace(", ", "|"));
        default -> Importers.all().stream().filter(i -> i.name().equals(chosen)).findFirst()
                .orElseThrow(() -> new UsageException("unknown --format '" + chosen + "'; use one of "
                        + String.join(", ", Importers.all().stream().map(Importer::name).toList())));
        };
    }
}
