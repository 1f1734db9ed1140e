package aurum.corpus.internal.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import aurum.core.model.Document;
import aurum.corpus.importer.ImportException;
import aurum.corpus.importer.ImportProgress;
import aurum.corpus.importer.ImportSink;
import aurum.corpus.importer.ImportWarning;
import aurum.corpus.importer.ImportedDocument;
import aurum.corpus.importer.Importer;

/**
 * Imports brat standoff: a {@code .txt} with the annotations in a {@code .ann} beside it, or every
 * such pair in a folder (recursively, in path order). The text is decoded like a plain text file;
 * {@link BratAnnotationReader} reads the annotations.
 */
public final class BratImporter implements Importer {

    @Override
    public String name() {
        return "brat";
    }

    @Override
    public boolean accepts(Path source) {
        if (Files.isDirectory(source)) {
            try (Stream<Path> files = Files.walk(source)) {
                return files.anyMatch(p -> p.toString().endsWith(".ann"));
            } catch (IOException e) {
                return false;
            }
        }
        return Files.isRegularFile(annFor(source)) && Files.isRegularFile(txtFor(source));
    }

    @Override
    public void read(Path source, ImportSink sink, ImportProgress progress) throws ImportException {
        boolean folder = Files.isDirectory(source);
        List<Path> texts = folder ? pairsIn(source, sink) : List.of(txtFor(source));
        int done = 0;
        for (Path text : texts) {
            if (progress.isCancelled()) {
                return;
            }
            String relative = folder ? source.relativize(text).toString() : text.getFileName().toString();
            ImportedDocument document;
            try {
                document = readPair(text, annFor(text), relative);
            } catch (ImportException problem) {
                sink.rejected(problem); // strict: rethrown; lenient: the pair is skipped
                progress.worked(++done, texts.size());
                continue;
            }
            sink.accept(document);
            progress.worked(++done, texts.size());
        }
    }

    private static ImportedDocument readPair(Path txt, Path ann, String relative) throws ImportException {
        if (!Files.isRegularFile(ann)) {
            throw ImportException.atLine(ann.toString(), 0, 0, "the annotation file is missing",
                    "Put the .ann file next to " + txt.getFileName() + " (an empty .ann means no annotations)");
        }
        InputFiles.requireRegularFile(txt);
        ImportedDocument plain = PlainTextImporter.readFile(txt, relative);
        Document document = plain.document();
        List<ImportWarning> warnings = new ArrayList<>(plain.warnings());
        BratAnnotationReader reader = new BratAnnotationReader(document, warnings);
        try (LineSource lines = new LineSource(ann)) {
            for (String line = lines.next(); line != null; line = lines.next()) {
                reader.readLine(ann.toString(), lines.lineNumber(), line);
            }
        }
        reader.finish(ann.toString());
        return new ImportedDocument(document, reader.spans(), warnings);
    }

    private static List<Path> pairsIn(Path folder, ImportSink sink) throws ImportException {
        return InputFiles.list(folder, p -> p.toString().endsWith(".ann"), sink).stream().map(BratImporter::txtFor)
                .sorted().toList();
    }

    private static Path annFor(Path file) {
        return sibling(file, ".ann");
    }

    private static Path txtFor(Path file) {
        return sibling(file, ".txt");
    }

    private static Path sibling(Path file, String extension) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return file.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + extension);
    }
}
