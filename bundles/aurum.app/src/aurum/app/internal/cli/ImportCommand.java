package aurum.app.internal.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
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
import aurum.labels.corpus.CorpusLabelSet;
import aurum.labels.corpus.CorpusLabelSets;
import aurum.labels.corpus.ImportedLabelSet;
import aurum.labels.format.LabelSetFormatException;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code aurum import PATH… --corpus DIR}: reads text, zip, JSONL, brat, CoNLL or WebAnno TSV 3 input into a
 * corpus, creating it when missing (with {@code --label-set ID[@VERSION]}, news by default). Idempotent: documents
 * already in the corpus (same text) are counted, not added; their annotations are stored once. Imported spans go to
 * the layer of annotator {@code import}, marked done. What the input held that was not imported is counted in the
 * summary line and listed in the import report (docs/FORMATS.md). When the spans carry labels the corpus's label
 * set lacks, the import says so, and {@code --create-label-set} gives the corpus its own label set holding every
 * label its spans use.
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
            description = "The corpus folder; created when it does not exist yet: with --label-set, else with the news"
                    + " label set, or with the input's labels (labelset.json) when news lacks some.")
    Path corpus;

    @Option(names = "--label-set", paramLabel = "ID[@VERSION]",
            description = "The installed label set of a new corpus (default: news); without a version, the newest"
                    + " installed. 'aurum labels' lists them.")
    String labelSet;

    @Option(names = "--create-label-set", description = "Give the corpus its own label set (labelset.json) holding"
            + " every label its spans use, when the imported spans carry labels its label set lacks.")
    boolean createLabelSet;

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
            description = "The annotator whose layer receives imported spans, marked done (default: ${DEFAULT-VALUE}).")
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
        LabelSetRef chosen = labelSet == null ? null : installed(labelSet); // before anything is created
        String command = "aurum " + String.join(" ", spec.root().commandLine().getParseResult().originalArgs());
        ImportTransaction transaction = ImportTransaction.begin(corpus, command, notice -> err().println("aurum import: "
                + notice));
        ImportIntoStore sink = null;
        CorpusStore store;
        try {
            boolean creating = !Files.exists(corpus.resolve("corpus.json"));
            store = creating ? CorpusStore.create(corpus, CorpusSettings.of(corpus.toAbsolutePath().getFileName()
                    .toString(), chosen == null ? DEFAULT_LABEL_SET : chosen)) : existing(chosen);
            LabelSet corpusLabels = labelSet(store);
            // a corpus this import creates without --label-set takes the input's labels when the default set lacks
            // some (decided at the end, when every label is known); with --create-label-set the labels found become
            // the corpus's own label set after the import (attributes its label set does not declare are left off,
            // counted); otherwise the corpus's labels are checked as documents arrive
            boolean adopting = creating && chosen == null;
            sink = new ImportIntoStore(store, transaction, annotator, new ImportChecks(adopting || createLabelSet ? null
                    : corpusLabels), lenient, new ProgressLine(err(), "Importing"), adopting ? null : corpusLabels);
            for (int i = 0; i < paths.size(); i++) {
                importers.get(i).read(paths.get(i), sink, sink.progress());
            }
            if (!paths.isEmpty() && sink.added() + sink.present() + sink.skipped() == 0) {
                throw new ImportIntoStore.Refused(nothingFound(importers));
            }
            sink.close();
            String ownLabels = adopting ? InputLabelSet.adopt(store, corpusLabels, sink.labels()) : null;
            transaction.commit();
            report(store, sink);
            if (ownLabels != null) {
                out().println(ownLabels);
            }
        } catch (Throwable failure) {
            if (sink != null) {
                sink.abandon(); // no group of documents may still be in flight while the import is rolled back
                sink.progress().done();
            }
            throw rolledBack(transaction, failure);
        }
        checkLabels(store); // the import is committed: a label set that cannot be written leaves it imported
        return CommandLine.OK;
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

    /** The label set a new corpus gets without {@code --label-set}. */
    static final LabelSetRef DEFAULT_LABEL_SET = new LabelSetRef("news", "2.0.0");

    /** Opens the corpus; {@code --label-set} ({@code asked}, if given) must then name the label set it has. */
    private CorpusStore existing(LabelSetRef asked) throws Exception {
        CorpusStore store = CorpusStore.open(corpus);
        if (asked != null) {
            LabelSetRef has = store.settings().labelSet();
            if (!asked.equals(has)) {
                throw new UsageException("--label-set " + labelSet + ": " + corpus + " is a corpus with label set "
                        + (has == null ? "none" : has) + " already; --label-set chooses the label set of a new corpus"
                        + " ('aurum labels rename/merge/delete' change a corpus's labels)");
            }
        }
        return store;
    }

    /** {@code ID} or {@code ID@VERSION} of an installed label set; without a version the newest. */
    private LabelSetRef installed(String text) throws UsageException {
        String[] parts = text.split("@", 2);
        List<LabelSet> sets = context.services().labelSets().get().labelSets().stream()
                .filter(s -> s.id().equals(parts[0])).toList();
        String installed = String.join(", ", context.services().labelSets().get().labelSets().stream()
                .map(s -> s.ref().toString()).toList());
        if (sets.isEmpty()) {
            throw new UsageException("--label-set " + text + ": no installed label set has the id '" + parts[0]
                    + "'; installed: " + (installed.isEmpty() ? "none" : installed));
        }
        if (parts.length == 2) {
            return sets.stream().filter(s -> s.version().equals(parts[1])).findFirst().map(LabelSet::ref)
                    .orElseThrow(() -> new UsageException("--label-set " + text + ": label set " + parts[0]
                            + " is installed in version " + String.join(", ", sets.stream().map(LabelSet::version)
                                    .toList()) + ", not " + parts[1]));
        }
        return sets.stream().max(Comparator.comparing(LabelSet::version, ImportCommand::compareVersions))
                .orElseThrow().ref();
    }

    /** Compares dotted versions number by number ({@code 1.10.0} after {@code 1.9.0}), text where not numbers. */
    static int compareVersions(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            String p = i < x.length ? x[i] : "0";
            String q = i < y.length ? y[i] : "0";
            int c = p.matches("\\d+") && q.matches("\\d+") ? Long.compare(Long.parseLong(p), Long.parseLong(q))
                    : p.compareTo(q);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    /**
     * Says which labels of the corpus's spans its label set lacks (validation would report each span), and with
     * {@code --create-label-set} gives the corpus its own label set holding every label its spans use.
     */
    private void checkLabels(CorpusStore store) throws Exception {
        Optional<CorpusLabelSet> current;
        try {
            current = Optional.of(new CorpusLabelSets(context.services().labelSets().get()).resolve(store));
        } catch (LabelSetFormatException e) {
            current = Optional.empty();
        }
        SortedSet<String> missing = ImportedLabelSet.missing(ImportedLabelSet.usedLabels(store),
                current.map(CorpusLabelSet::labelSet));
        String has = current.map(c -> "label set " + c.labelSet().ref()).orElse("no usable label set");
        if (missing.isEmpty()) {
            if (createLabelSet) {
                out().println("Every label of the corpus's spans is in its " + has + "; no label set was created.");
            }
            return;
        }
        if (!createLabelSet) {
            err().println("aurum import: warning: the corpus's spans use labels that its " + has + " does not define: "
                    + String.join(", ", missing) + "; 'aurum validate' reports every such span. Add --create-label-set"
                    + " to give the corpus its own label set with them (labelset.json), or import into a new corpus"
                    + " with a --label-set that has them.");
            return;
        }
        LabelSet created = ImportedLabelSet.createFor(store, current);
        out().printf("Created the corpus's own label set %s (%s) with %d labels: %s%n", created.ref(),
                corpus.resolve("labelset.json"), created.labels().size(),
                String.join(", ", created.labels().stream().map(l -> l.id()).toList()));
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
