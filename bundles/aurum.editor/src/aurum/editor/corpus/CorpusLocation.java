package aurum.editor.corpus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Where the workbench keeps a corpus made from a plain folder of texts: {@code <workspace>/corpora/<name>},
 * so starting again on the same folder re-uses the corpus instead of importing twice. Headless.
 *
 * @param source the folder the user named
 * @param corpus the corpus folder to open (the source itself when it already is a corpus)
 * @param needsImport whether {@code corpus} does not exist yet and must be imported from {@code source}
 */
public record CorpusLocation(Path source, Path corpus, boolean needsImport) {

    /** The file that marks a folder as a corpus store (see docs/FORMAT.md). */
    public static final String CORPUS_FILE = "corpus.json";

    /** The setting recording which folder a workspace corpus was imported from. */
    public static final String IMPORTED_FROM = "importedFrom";

    /**
     * Decides where the corpus for {@code source} is.
     *
     * @param source    a corpus folder, or a folder (or file) of documents to import
     * @param workspace the workspace folder holding {@code corpora/}
     * @param importedFrom reads the {@value #IMPORTED_FROM} setting of an existing corpus, or null
     */
    public static CorpusLocation resolve(Path source, Path workspace, java.util.function.Function<Path, String> importedFrom) {
        Path absolute = source.toAbsolutePath().normalize();
        if (Files.isRegularFile(absolute.resolve(CORPUS_FILE))) {
            return new CorpusLocation(absolute, absolute, false);
        }
        Path corpora = workspace.resolve("corpora");
        String base = folderName(absolute);
        for (int n = 1;; n++) {
            Path candidate = corpora.resolve(n == 1 ? base : base + "-" + n);
            if (!Files.exists(candidate)) {
                return new CorpusLocation(absolute, candidate, true);
            }
            // a folder of the same name imported from elsewhere is another corpus: take the next name
            if (Files.isRegularFile(candidate.resolve(CORPUS_FILE))
                    && absolute.toString().equals(importedFrom.apply(candidate))) {
                return new CorpusLocation(absolute, candidate, false);
            }
        }
    }

    /** A file-system-safe corpus name from the source's last path segment. */
    static String folderName(Path source) {
        Path name = source.getFileName();
        String raw = name == null ? "corpus" : name.toString();
        String safe = raw.replaceAll("[^\\p{L}\\p{N}._-]+", "_").replaceAll("^[._]+", "");
        return safe.isEmpty() ? "corpus" : safe.toLowerCase(Locale.ROOT).equals("corpora") ? "corpus" : safe;
    }
}
