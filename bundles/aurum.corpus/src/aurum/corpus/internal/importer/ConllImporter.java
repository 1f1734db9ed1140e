package aurum.corpus.internal.importer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import aurum.corpus.importer.ImportException;
import aurum.corpus.importer.ImportProgress;
import aurum.corpus.importer.ImportSink;
import aurum.corpus.importer.Importer;

/**
 * Imports CoNLL-2003: one token per line as {@code token POS chunk NER} or {@code token NER},
 * sentences separated by blank lines and documents by {@code -DOCSTART-} lines. The text is rebuilt
 * with one space between tokens and a newline between sentences, since the original spacing is lost.
 */
public final class ConllImporter implements Importer {

    @Override
    public String name() {
        return "conll";
    }

    @Override
    public boolean accepts(Path source) {
        String name = source.getFileName() == null ? "" : source.getFileName().toString().toLowerCase(Locale.ROOT);
        return Files.isRegularFile(source) && (name.endsWith(".conll") || name.endsWith(".conll03")
                || name.endsWith(".iob") || name.endsWith(".bio"));
    }

    @Override
    public void read(Path source, ImportSink sink, ImportProgress progress) throws ImportException {
        String stem = DocumentNaming.idOf(source.getFileName().toString().replaceFirst("\\.[^.]*$", ""));
        ConllDocumentBuilder builder = new ConllDocumentBuilder(source.toString());
        int documents = 0;
        try (LineSource lines = new LineSource(source)) {
            for (String line = lines.next(); line != null; line = lines.next()) {
                if (progress.isCancelled()) {
                    return;
                }
                String trimmed = line.strip();
                if (trimmed.startsWith("-DOCSTART-")) {
                    if (builder.hasTokens()) {
                        sink.accept(builder.build(String.format("%s-%04d", stem, ++documents)));
                    }
                } else if (trimmed.isEmpty()) {
                    builder.endSentence();
                } else {
                    builder.token(lines.lineNumber(), trimmed);
                }
                progress.worked(lines.lineNumber(), -1);
            }
        }
        if (builder.hasTokens()) {
            sink.accept(builder.build(String.format("%s-%04d", stem, ++documents)));
        }
    }
}
