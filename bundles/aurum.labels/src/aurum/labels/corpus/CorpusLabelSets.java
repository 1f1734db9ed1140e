package aurum.labels.corpus;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import aurum.core.model.LabelSet;
import aurum.core.model.LabelSetRef;
import aurum.corpus.store.CorpusStore;
import aurum.labels.format.LabelSetFormatException;
import aurum.labels.format.LabelSetJson;
import aurum.corpus.io.DurableFiles;
import aurum.labels.registry.LabelSetRegistry;

/**
 * Finds the label set of a corpus: its own {@value #FILE} first (no plugin needed, and where label
 * migrations put the new version), then the installed label set that {@code corpus.json} names.
 */
public final class CorpusLabelSets {

    /** The corpus's own label set file, next to {@code corpus.json}, in the format of docs/LABELS.md. */
    public static final String FILE = "labelset.json";

    private final LabelSetRegistry registry;

    /** @param registry the installed label sets, asked when the corpus carries no file of its own */
    public CorpusLabelSets(LabelSetRegistry registry) {
        this.registry = registry;
    }

    /**
     * @return the corpus's label set
     * @throws LabelSetFormatException if {@value #FILE} is malformed (the message names file and JSON path),
     *         or the corpus names no label set, or one that no installed plugin contributes
     */
    public CorpusLabelSet resolve(CorpusStore store) throws LabelSetFormatException {
        LabelSetRef ref = store.settings().labelSet();
        Optional<LabelSet> own = readCorpusFile(store.directory());
        if (own.isPresent()) {
            List<String> warnings = new ArrayList<>();
            if (ref != null && !ref.equals(own.get().ref())) {
                warnings.add("corpus.json names label set " + ref + " but " + FILE + " holds " + own.get().ref()
                        + "; using " + FILE + ". Set labelSet in corpus.json to match.");
            }
            return new CorpusLabelSet(own.get(), store.directory().resolve(FILE).toString(), true, warnings);
        }
        if (ref == null) {
            throw new LabelSetFormatException("Corpus " + store.directory() + " names no label set in corpus.json"
                    + " and has no " + FILE + ". Add \"labelSet\": {\"id\": …, \"version\": …} to corpus.json"
                    + " or put a label set file there.", null);
        }
        LabelSet installed = registry.find(ref.id(), ref.version()).orElseThrow(() -> new LabelSetFormatException(
                "Corpus " + store.directory() + " uses label set " + ref + ", which no installed plugin contributes"
                        + " (installed: " + installed() + "). Install the plugin, or copy the label set into "
                        + store.directory().resolve(FILE) + ".", null));
        return new CorpusLabelSet(installed, "installed plugins", false, List.of());
    }

    /**
     * @return the label set in {@code corpusDir}/{@value #FILE}, or empty if there is no such file
     * @throws LabelSetFormatException if the file is unreadable or malformed
     */
    public static Optional<LabelSet> readCorpusFile(Path corpusDir) throws LabelSetFormatException {
        Path file = corpusDir.resolve(FILE);
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return Optional.of(LabelSetJson.read(reader, file.toString()));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (LabelSetFormatException e) {
            throw e;
        } catch (IOException e) {
            throw new LabelSetFormatException(file + ": cannot be read (" + e + ")", e);
        }
    }

    /**
     * Replaces {@code corpusDir}/{@value #FILE} atomically, so a crash leaves the old or the new set.
     *
     * @throws IOException if the write fails; the old file is then untouched
     */
    public static void writeCorpusFile(Path corpusDir, LabelSet labelSet) throws IOException {
        DurableFiles.write(corpusDir.resolve(FILE), LabelSetJson.write(labelSet).getBytes(StandardCharsets.UTF_8));
    }

    private String installed() {
        List<LabelSet> sets = registry.labelSets();
        return sets.isEmpty() ? "none"
                : sets.stream().map(s -> s.ref().toString()).collect(Collectors.joining(", "));
    }
}
