package aurum.app.internal.cli;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

import aurum.core.model.Document;
import aurum.core.model.LabelSet;
import aurum.core.model.Layer;
import aurum.core.model.LayerOwner;
import aurum.core.model.Span;
import aurum.core.validation.Problem;
import aurum.core.validation.ProblemCode;
import aurum.core.validation.SpanValidator;
import aurum.corpus.importer.ImportProgress;
import aurum.corpus.internal.store.CorpusLayout;
import aurum.corpus.internal.store.LayerSpans;
import aurum.corpus.store.AnalysisStatus;
import aurum.corpus.store.CorpusStore;
import aurum.corpus.store.CorpusStoreException;

/**
 * Reads every document and layer file of a corpus the way the store does and reports what is wrong:
 * files that do not parse or do not match their text, and, through {@link SpanValidator}, spans out of
 * bounds, splitting a surrogate pair, with unknown labels, duplicated or with whitespace at an end; and
 * whether {@code clusters.json} still describes the corpus's documents.
 * Works file by file, so one broken file never hides the others.
 */
final class CorpusCheck {

    /** One problem: a file relative to the corpus folder, an offset in the document text or -1, a message. */
    record Finding(String file, int offset, String message) {
        @Override
        public String toString() {
            return file + ":" + Math.max(offset, 0) + ": " + message;
        }
    }

    private static final Set<ProblemCode> LABEL_SET_CODES = Set.of(ProblemCode.UNKNOWN_LABEL,
            ProblemCode.UNKNOWN_ATTRIBUTE, ProblemCode.WRONG_ATTRIBUTE_TYPE, ProblemCode.ENUM_VALUE_NOT_ALLOWED);

    private final CorpusStore store;
    private final CorpusLayout layout;
    private final SpanValidator validator;
    private final boolean checkLabels;
    int documents;
    int layers;

    /** @param labelSet the corpus's label set, or {@code null} to leave labels and attributes unchecked */
    CorpusCheck(CorpusStore store, LabelSet labelSet) {
        this.store = store;
        this.layout = new CorpusLayout(store.directory());
        this.checkLabels = labelSet != null;
        this.validator = new SpanValidator(labelSet != null ? labelSet : new LabelSet("none", "none", "0", List.of()));
    }

    void run(Consumer<Finding> findings, ImportProgress progress) throws IOException {
        Set<String> ids = new TreeSet<>();
        for (Path meta : files(layout.documentsDir(), ".meta.json")) {
            String name = meta.getFileName().toString();
            ids.add(name.substring(0, name.length() - ".meta.json".length()));
        }
        List<LayerOwner> owners = new ArrayList<>(List.of(LayerOwner.GOLD));
        for (Path dir : files(layout.annotatorsDir(), "")) {
            if (Files.isDirectory(dir)) {
                owners.add(LayerOwner.annotator(dir.getFileName().toString()));
            }
        }
        long done = 0;
        for (String id : ids) {
            checkDocument(id, owners, findings);
            progress.worked(++done, ids.size());
        }
        for (LayerOwner owner : owners) {
            Path dir = layout.layer("x", owner).getParent();
            for (Path file : files(dir, ".json")) {
                String name = file.getFileName().toString();
                if (!ids.contains(name.substring(0, name.length() - ".json".length()))) {
                    findings.accept(new Finding(layout.name(file), -1, "layer of a document the corpus does not"
                            + " have (no documents/" + name.replace(".json", ".meta.json") + "); delete the file or"
                            + " restore the document from git"));
                }
            }
            for (Path journal : files(dir, CorpusLayout.JOURNAL_SUFFIX)) {
                checkJournalHasItsLayer(journal, ids, owner, findings);
            }
        }
        checkClusters(findings);
    }

    /**
     * {@code clusters.json} must describe the documents the corpus has now, or exports may put copies of
     * one article in train and test (docs/FORMAT.md, "clusters.json"). A corpus no import ever analysed
     * (documents added through the API, no {@code .aurum/analysis}) is not reported: its export analyses it
     * before splitting; a file that was written and is now missing or stale is.
     */
    private void checkClusters(Consumer<Finding> findings) {
        try {
            AnalysisStatus status = store.analysisStatus();
            boolean neverAnalysed = !Files.isDirectory(store.directory().resolve(".aurum/analysis"))
                    && !Files.exists(store.directory().resolve("clusters.json"));
            if (!status.isCurrent() && !neverAnalysed) {
                findings.accept(new Finding("clusters.json", -1, status.problem()));
            }
        } catch (CorpusStoreException e) {
            findings.accept(new Finding("clusters.json", -1, e.getMessage()));
        }
    }

    /**
     * A change journal continues a layer file (docs/FORMAT.md, "Change journals"): one without its
     * document or its layer file holds edits nothing reads, which is lost work unless someone acts.
     */
    private void checkJournalHasItsLayer(Path journal, Set<String> ids, LayerOwner owner,
            Consumer<Finding> findings) {
        String name = journal.getFileName().toString();
        String id = name.substring(0, name.length() - CorpusLayout.JOURNAL_SUFFIX.length());
        if (!ids.contains(id)) {
            findings.accept(new Finding(layout.name(journal), -1, "change journal of a document the corpus does"
                    + " not have (no documents/" + id + ".meta.json); restore the document from git or delete"
                    + " the journal"));
        } else if (!Files.exists(layout.layer(id, owner))) {
            findings.accept(new Finding(layout.name(journal), -1, "change journal without its layer file "
                    + layout.name(layout.layer(id, owner)) + ", so its edits are not read; restore the layer"
                    + " file from git (e.g. 'git checkout -- " + layout.name(layout.layer(id, owner))
                    + "') or delete the journal"));
        }
    }

    private void checkDocument(String id, List<LayerOwner> owners, Consumer<Finding> findings) {
        documents++;
        Document document;
        try {
            document = store.document(id).orElseThrow();
        } catch (CorpusStoreException e) {
            findings.accept(new Finding(layout.name(layout.meta(id)), -1, e.getMessage()));
            return;
        }
        for (LayerOwner owner : owners) {
            Path file = layout.layer(id, owner);
            if (Files.exists(file)) {
                layers++;
                checkLayer(document, owner, file, findings);
            }
        }
    }

    private void checkLayer(Document document, LayerOwner owner, Path file, Consumer<Finding> findings) {
        String name = layout.name(file);
        try {
            // the document is read already; loading replays the layer's change journal, if any
            Layer layer = store.loadLayer(document, owner);
            report(name, validator.validate(layer), findings);
        } catch (CorpusStoreException refused) {
            // the store refuses spans that do not fit the text; read them raw to say which and where
            List<Problem> problems = List.of();
            try {
                List<Span> spans = LayerSpans.read(file, name);
                problems = validator.validate(document, spans).stream()
                        .filter(p -> p.code() == ProblemCode.SPAN_OUT_OF_BOUNDS
                                || p.code() == ProblemCode.SPLIT_SURROGATE_PAIR)
                        .toList();
            } catch (CorpusStoreException | RuntimeException unparsable) {
                // the store's message already names the file and line
            }
            if (problems.isEmpty()) {
                findings.accept(new Finding(name, -1, refused.getMessage()));
            }
            report(name, problems, findings);
        }
    }

    private void report(String file, List<Problem> problems, Consumer<Finding> findings) {
        for (Problem p : problems) {
            if (checkLabels || !LABEL_SET_CODES.contains(p.code())) {
                findings.accept(new Finding(file, p.offset(), p.message()));
            }
        }
    }

    /** Entries of {@code dir} ending in {@code suffix}, sorted, without dot files; none if it is missing. */
    private static List<Path> files(Path dir, String suffix) throws IOException {
        List<Path> result = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path p : entries) {
                String name = p.getFileName().toString();
                if (!name.startsWith(".") && name.endsWith(suffix)) {
                    result.add(p);
                }
            }
        } catch (NoSuchFileException e) {
            return result;
        }
        result.sort(null);
        return result;
    }
}
