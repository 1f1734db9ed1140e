package aurum.editor.corpus;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import aurum.corpus.importer.FolderSurvey;
import aurum.corpus.importer.ImportException;
import aurum.corpus.importer.ImportProgress;
import aurum.corpus.importer.ImportSink;
import aurum.corpus.importer.Importers;

/**
 * What importing a folder reads, as {@link FolderSurvey} counts it: its brat pairs (when it holds
 * {@code .ann} files), its text files, then each JSON lines, CoNLL and zip file in it, hidden files and
 * folders left out. The import and the wizard's look for labels read folders this one way. Headless.
 */
final class FolderImport {

    private static final List<String> ANNOTATED_FILES = List.of("jsonl", "conll", "zip");

    private FolderImport() {
    }

    /**
     * Hands every document of {@code folder} to {@code sink}; with {@code texts} false only the annotated ones
     * (brat, JSON lines, CoNLL), for finding their labels without reading every plain text.
     */
    static void read(Path folder, ImportSink sink, ImportProgress progress, boolean texts) throws ImportException {
        if (Importers.brat().accepts(folder)) {
            Importers.brat().read(folder, sink, progress);
        }
        if (texts) {
            Importers.plainText().read(folder, sink, progress);
        }
        List<Path> files;
        try {
            files = FolderSurvey.files(folder, p -> ANNOTATED_FILES.contains(String.valueOf(
                    FolderSurvey.formatOf(p.getFileName().toString()))) && (texts || !p.toString().endsWith(".zip")));
        } catch (IOException e) {
            throw ImportException.atLine(folder.toString(), 0, 0, "the folder cannot be listed (" + e.getMessage() + ")",
                    "Check that it is readable and import again", e);
        }
        for (Path file : files) {
            if (progress.isCancelled()) {
                return;
            }
            Importers.forSource(file).orElseThrow().read(file, sink, progress);
        }
    }
}
