package aurum.corpus.internal.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import aurum.core.model.Document;
import aurum.corpus.boilerplate.PageTitle;
import aurum.corpus.importer.ImportException;
import aurum.corpus.importer.ImportProgress;
import aurum.corpus.importer.ImportSink;
import aurum.corpus.importer.ImportWarning;
import aurum.corpus.importer.ImportedDocument;
import aurum.corpus.importer.Importer;

/**
 * Imports a {@code .txt} file, or every {@code .txt} file under a folder in path order. Each file
 * becomes one document without spans; its id comes from the path relative to the folder. The next
 * files are read on other threads ({@link ReadAhead}) while the sink takes the current one; the sink
 * still gets the documents one at a time, in path order, on the caller's thread. A file that is really CoNLL
 * (token lines with tag columns) is refused with the option to use, unless plain text was asked for by name.
 */
public final class PlainTextImporter implements Importer {

    private final boolean asked;

    /** An importer for {@code .txt} files that refuses files that are really CoNLL ({@link ConllLookalike}). */
    public PlainTextImporter() {
        this(false);
    }

    /**
     * @param asked whether the user asked for plain text by name ({@code --format text}): a file that looks like
     *        CoNLL is then imported as text with a warning, not refused
     */
    public PlainTextImporter(boolean asked) {
        this.asked = asked;
    }

    @Override
    public String name() {
        return "text";
    }

    @Override
    public boolean accepts(Path source) {
        return Files.isDirectory(source) || isText(source);
    }

    @Override
    public void read(Path source, ImportSink sink, ImportProgress progress) throws ImportException {
        if (!Files.exists(source)) {
            throw ImportException.atLine(source.toString(), 0, 0, "the file or folder does not exist",
                    "Check the path and import again");
        }
        Path root = Files.isDirectory(source) ? source : source.getParent();
        if (!Files.isDirectory(source)) {
            InputFiles.requireRegularFile(source);
        }
        List<Path> files = Files.isDirectory(source) ? InputFiles.list(source, PlainTextImporter::isText, sink)
                : List.of(source);
        int done = 0;
        try (ReadAhead reading = new ReadAhead()) {
            for (int next = 0; next < files.size() || !reading.isEmpty();) {
                if (next < files.size() && !reading.isFull()) {
                    Path file = files.get(next++);
                    String relative = root == null ? file.toString() : root.relativize(file).toString();
                    reading.submit(() -> screen(readFile(file, relative)));
                    continue;
                }
                if (progress.isCancelled()) {
                    return;
                }
                ImportedDocument document;
                try {
                    document = reading.next();
                } catch (ImportException problem) {
                    sink.rejected(problem); // strict: rethrown; lenient: the file is skipped
                    progress.worked(++done, files.size());
                    continue;
                }
                sink.accept(document);
                progress.worked(++done, files.size());
            }
        }
    }

    /**
     * Refuses a document that looks like CoNLL, naming its file and the option to use, or (when plain text was
     * asked for) adds a warning saying so.
     */
    private ImportedDocument screen(ImportedDocument document) throws ImportException {
        Optional<String> conll = ConllLookalike.describe(document.document().text());
        if (conll.isEmpty()) {
            return document;
        }
        String file = document.document().metadata().sourceFile();
        String looks = "the file looks like CoNLL, not plain text: " + conll.get();
        if (!asked) {
            throw ImportException.atLine(file, 1, 0, looks, "Import it as CoNLL (aurum import --format conll, or"
                    + " rename it to .conll), or with --format text to store it as plain text all the same");
        }
        List<ImportWarning> warnings = new ArrayList<>(document.warnings());
        warnings.add(new ImportWarning(file, 1, looks + "; imported as plain text as asked (--format text), without"
                + " spans; --format conll reads its tags"));
        return new ImportedDocument(document.document(), document.spans(), warnings, document.boilerplate(),
                document.annotated());
    }

    static ImportedDocument readFile(Path file, String relative) throws ImportException {
        String name = file.toString();
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            size = -1;
        }
        if (size > InputFiles.MAX_DOCUMENT_BYTES) {
            throw InputFiles.tooLarge(name, size);
        }
        DecodedText decoded = TextDecoder.decode(name, () -> Files.newInputStream(file), size);
        return toDocument(name, relative, decoded);
    }

    static ImportedDocument toDocument(String source, String relative, DecodedText decoded) {
        PageTitle.Titled page = PageTitle.ofPage(decoded.text());
        Document document = new Document(DocumentNaming.idOf(relative), decoded.text(),
                decoded.byteOrderMarkRemoved(), DocumentNaming.metadataFor(source, page));
        return new ImportedDocument(document, List.of(), decoded.warning().stream().toList(), page.regions());
    }

    private static boolean isText(Path file) {
        return file.getFileName() != null
                && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt");
    }
}
