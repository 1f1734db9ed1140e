package aurum.corpus.assignment;

import aurum.corpus.store.CorpusStoreException;
import aurum.corpus.store.DocumentIds;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;

/**
 * The annotators a corpus knows of: those with a folder under {@code layers/annotators/} (they saved
 * at least one layer) and those named in {@code assignments.json}, except the {@value #SUGGESTIONS}
 * layer of recognizer proposals. Used when a command is not told which annotators to compare.
 */
public final class CorpusAnnotators {

    /**
     * The annotator whose layers hold recognizer suggestions ({@code aurum suggest} writes there by
     * default). It is a machine, not a person, so {@link #of} leaves it out.
     */
    public static final String SUGGESTIONS = "suggestions";

    private CorpusAnnotators() {
    }

    /** The annotator ids of the corpus in {@code corpusDir}, sorted. */
    public static List<String> of(Path corpusDir) throws CorpusStoreException {
        TreeSet<String> result = new TreeSet<>(AssignmentsFile.read(corpusDir).annotators());
        Path folder = corpusDir.resolve("layers").resolve("annotators");
        if (Files.isDirectory(folder)) {
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, Files::isDirectory)) {
                for (Path entry : entries) {
                    String name = entry.getFileName().toString();
                    if (DocumentIds.isValid(name)) {
                        result.add(name);
                    }
                }
            } catch (IOException e) {
                throw new CorpusStoreException("Cannot list " + folder + ": " + e + ". Check its permissions.", e);
            }
        }
        result.remove(SUGGESTIONS);
        return List.copyOf(result);
    }
}
