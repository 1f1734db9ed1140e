package aurum.corpus.internal.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import aurum.corpus.importer.ImportException;
import aurum.corpus.importer.ImportProgress;
import aurum.corpus.importer.ImportSink;
import aurum.corpus.importer.ImportedDocument;
import aurum.corpus.importer.Importer;

/**
 * Imports WebAnno TSV 3 ({@code #FORMAT=WebAnno TSV 3.x}), the format INCEpTION and WebAnno export: a
 * {@code .tsv} file, or every such file under a folder in path order, one document each. The span layers
 * become spans ({@link WebAnnoTsvSpans} says how); relations, chains, slot links, token layers and
 * zero-length annotations are reported per file with counts. docs/FORMATS.md has the details.
 */
public final class WebAnnoTsvImporter implements Importer {

    static final String HEADER = "#FORMAT=WebAnno TSV 3";

    @Override
    public String name() {
        return "tsv3";
    }

    @Override
    public boolean accepts(Path source) {
        if (Files.isDirectory(source)) {
            try (Stream<Path> files = Files.walk(source)) {
                return files.filter(WebAnnoTsvImporter::isTsv).limit(1).anyMatch(WebAnnoTsvImporter::hasHeader);
            } catch (IOException e) {
                return false;
            }
        }
        return isTsv(source) && hasHeader(source);
    }

    @Override
    public void read(Path source, ImportSink sink, ImportProgress progress) throws ImportException {
        boolean folder = Files.isDirectory(source);
        List<Path> files = folder ? list(source) : List.of(source);
        int done = 0;
        for (Path file : files) {
            if (progress.isCancelled()) {
                return;
            }
            String relative = folder ? source.relativize(file).toString() : file.getFileName().toString();
            sink.accept(readFile(file, DocumentNaming.idOf(relative.replaceFirst("(?i)\\.tsv$", ""))));
            progress.worked(++done, files.size());
        }
    }

    static ImportedDocument readFile(Path file, String id) throws ImportException {
        String name = file.toString();
        try (LineSource lines = new LineSource(file)) {
            String first = lines.next();
            if (first == null || !first.startsWith(HEADER)) {
                throw ImportException.atLine(name, 1, 1, "the file does not start with '" + HEADER + ".x'",
                        "Export the document from INCEpTION as \"WebAnno TSV v3\" and import that file");
            }
            WebAnnoTsvSchema schema = new WebAnnoTsvSchema();
            String line = lines.next();
            while (line != null && schema.declare(name, lines.lineNumber(), line)) {
                line = lines.next();
            }
            WebAnnoTsvDocumentReader reader = new WebAnnoTsvDocumentReader(name, schema);
            for (; line != null; line = lines.next()) {
                reader.readLine(lines.lineNumber(), line);
            }
            return reader.build(id, lines.lineNumber());
        }
    }

    private static List<Path> list(Path folder) throws ImportException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(p -> Files.isRegularFile(p) && isTsv(p))
                    .sorted((a, b) -> folder.relativize(a).toString().replace('\\', '/')
                            .compareTo(folder.relativize(b).toString().replace('\\', '/')))
                    .toList();
        } catch (IOException e) {
            throw ImportException.atLine(folder.toString(), 0, 0, "the folder cannot be listed (" + e + ")",
                    "Check that it is readable and import again", e);
        }
    }

    private static boolean isTsv(Path file) {
        return file.getFileName() != null && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".tsv")
                && Files.isRegularFile(file);
    }

    private static boolean hasHeader(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            String head = new String(in.readNBytes(HEADER.length() + 3), StandardCharsets.UTF_8);
            return head.replace("\uFEFF", "").startsWith(HEADER);
        } catch (IOException e) {
            return false;
        }
    }
}
