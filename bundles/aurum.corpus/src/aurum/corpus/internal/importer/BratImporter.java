package aurum.corpus.internal.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import aurum.core.model.Document;
import aurum.corpus.importer.FolderSurvey;
import aurum.corpus.importer.ImportException;
import aurum.corpus.importer.ImportProgress;
import aurum.corpus.importer.ImportSink;
import aurum.corpus.importer.ImportWarning;
import aurum.corpus.importer.ImportedDocument;
import aurum.corpus.importer.Importer;
import aurum.corpus.importer.OffsetUnit;

/**
 * Imports brat standoff: a {@code .txt} with the annotations in a {@code .ann} beside it, or every
 * such pair in a folder (recursively, in path order). The text is decoded like a plain text file;
 * {@link BratAnnotationReader} reads the annotations. An empty {@code .ann} gives an annotated document
 * without spans, a negative example. In a folder, an {@code .ann} without its {@code .txt} (such as
 * DKPro Core's reference files) is reported and left out, and a {@code .txt} without an {@code .ann} is
 * imported as a document nobody annotated yet, with a warning.
 * The next files are read on other threads ({@link ReadAhead}) while the sink stores the current one.
 */
public final class BratImporter implements Importer {

    private final OffsetUnit unit;

    /** brat's own unit, code points. */
    public BratImporter() {
        this(OffsetUnit.CODE_POINTS);
    }

    /** @param unit what the offsets count: code points in files brat wrote, UTF-16 units in DKPro Core's */
    public BratImporter(OffsetUnit unit) {
        this.unit = unit;
    }

    @Override
    public String name() {
        return "brat";
    }

    @Override
    public boolean accepts(Path source) {
        if (Files.isDirectory(source)) {
            try {
                return !FolderSurvey.files(source, p -> p.toString().endsWith(".ann")).isEmpty();
            } catch (IOException e) {
                return false;
            }
        }
        return Files.isRegularFile(annFor(source)) && Files.isRegularFile(txtFor(source));
    }

    @Override
    public void read(Path source, ImportSink sink, ImportProgress progress) throws ImportException {
        if (!Files.isDirectory(source)) {
            ImportedDocument document;
            try {
                document = readPair(txtFor(source), annFor(source), txtFor(source).getFileName().toString());
            } catch (ImportException problem) {
                sink.rejected(problem); // strict: rethrown; lenient: the pair is skipped
                return;
            }
            sink.accept(document);
            progress.worked(1, 1);
            return;
        }
        Set<Path> texts = new TreeSet<>();
        List<Path> unpaired = new ArrayList<>();
        list(source, sink, texts, unpaired);
        for (Path ann : unpaired) {
            sink.warning(ImportWarning.skipped(ann.toString(), 0, "unpaired-ann", 1, "an .ann file without the .txt "
                    + "it annotates was left out; put " + txtFor(ann).getFileName() + " beside it to import it"));
        }
        int done = 0;
        long withoutAnn = 0;
        Path firstWithoutAnn = null;
        List<Path> files = new ArrayList<>(texts);
        // files are read (decoded, hashed, annotations parsed) on other threads, handed over in path order
        try (ReadAhead reading = new ReadAhead()) {
            for (int next = 0; next < files.size() || !reading.isEmpty();) {
                if (next < files.size() && !reading.isFull()) {
                    Path text = files.get(next++);
                    String relative = source.relativize(text).toString();
                    boolean annotated = Files.isRegularFile(annFor(text));
                    if (!annotated) {
                        firstWithoutAnn = withoutAnn++ == 0 ? text : firstWithoutAnn;
                    }
                    reading.submit(() -> annotated ? readPair(text, annFor(text), relative)
                            : PlainTextImporter.readFile(text, relative));
                    continue;
                }
                if (progress.isCancelled()) {
                    return;
                }
                ImportedDocument document;
                try {
                    document = reading.next();
                } catch (ImportException problem) {
                    sink.rejected(problem); // strict: rethrown; lenient: the pair is skipped
                    progress.worked(++done, files.size());
                    continue;
                }
                sink.accept(document);
                progress.worked(++done, files.size());
            }
        }
        if (withoutAnn > 0) {
            sink.warning(new ImportWarning(firstWithoutAnn.toString(), 0, withoutAnn + " .txt file(s) of the folder "
                    + "have no .ann (this one first); they were imported as documents nobody annotated yet"));
        }
    }

    private ImportedDocument readPair(Path txt, Path ann, String relative) throws ImportException {
        if (!Files.isRegularFile(ann)) {
            throw ImportException.atLine(ann.toString(), 0, 0, "the annotation file is missing",
                    "Put the .ann file next to " + txt.getFileName() + " (an empty .ann means no annotations)");
        }
        if (!Files.isRegularFile(txt)) {
            throw ImportException.atLine(txt.toString(), 0, 0, "the text file is missing",
                    "Put the .txt file that " + ann.getFileName() + " annotates next to it");
        }
        InputFiles.requireRegularFile(txt);
        InputFiles.requireRegularFile(ann);
        ImportedDocument plain = PlainTextImporter.readFile(txt, relative);
        Document document = plain.document();
        List<ImportWarning> warnings = new ArrayList<>(plain.warnings());
        BratAnnotationReader reader = new BratAnnotationReader(ann.toString(), document, unit);
        try (LineSource lines = new LineSource(ann)) {
            for (String line = lines.next(); line != null; line = lines.next()) {
                reader.readLine(lines.lineNumber(), line);
            }
        }
        return new ImportedDocument(document, reader.finish(warnings), warnings, plain.boilerplate(), true);
    }

    /**
     * The {@code .txt} files to import (with or without an {@code .ann}) and the {@code .ann} files without their
     * {@code .txt}; only regular files inside the folder, as {@link InputFiles} allows.
     */
    private static void list(Path folder, ImportSink sink, Set<Path> texts, List<Path> unpaired) throws ImportException {
        List<Path> files = InputFiles.list(folder, p -> p.toString().endsWith(".ann") || p.toString().endsWith(".txt"), sink);
        Set<Path> found = new java.util.HashSet<>(files);
        for (Path p : files) {
            if (p.toString().endsWith(".txt")) {
                texts.add(p);
            } else if (!found.contains(txtFor(p))) {
                unpaired.add(p);
            }
        }
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
