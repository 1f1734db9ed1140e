package aurum.corpus.internal.importer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import aurum.corpus.importer.ConllColumns;
import aurum.corpus.importer.ImportException;
import aurum.corpus.importer.ImportProgress;
import aurum.corpus.importer.ImportSink;
import aurum.corpus.importer.ImportWarning;
import aurum.corpus.importer.Importer;

/**
 * Imports CoNLL-style token-per-line files: CoNLL-2003 ({@code token POS chunk NER}), CoNLL-2002
 * ({@code token NER} or {@code token POS NER}), German CoNLL-2003 ({@code token lemma POS chunk NER}),
 * GermEval 2014 ({@code number token outer nested}, {@code #} comment lines) and any other layout whose
 * columns {@link ConllColumns} names, with IOB1, IOB2, BIOES or BILOU tags ({@link ConllTags}). Sentences
 * are separated by blank lines and documents by {@code -DOCSTART-} lines; the text is rebuilt from the
 * tokens ({@link ConllDocumentBuilder}). Comment lines (a {@code #} line that is not a token line of the
 * file's layout) are counted and reported.
 */
public final class ConllImporter implements Importer {

    private final ConllColumns columns;

    /** @param columns the token and tag columns, or {@link ConllColumns#AUTO} */
    public ConllImporter(ConllColumns columns) {
        this.columns = columns;
    }

    @Override
    public String name() {
        return "conll";
    }

    @Override
    public boolean accepts(Path source) {
        String name = source.getFileName() == null ? "" : source.getFileName().toString().toLowerCase(Locale.ROOT);
        return Files.isRegularFile(source) && (name.endsWith(".conll") || name.endsWith(".conll03")
                || name.endsWith(".conll02") || name.endsWith(".iob") || name.endsWith(".bio")
                || name.endsWith(".bioes"));
    }

    @Override
    public void read(Path source, ImportSink sink, ImportProgress progress) throws ImportException {
        String file = source.toString();
        String stem = DocumentNaming.idOf(source.getFileName().toString().replaceFirst("\\.[^.]*$", ""));
        ConllDocumentBuilder builder = null;
        int documents = 0;
        long comments = 0;
        long firstComment = 0;
        try (LineSource lines = new LineSource(source)) {
            for (String line = lines.next(); line != null; line = lines.next()) {
                if (progress.isCancelled()) {
                    return;
                }
                String trimmed = line.strip();
                if (trimmed.startsWith("-DOCSTART-")) {
                    if (builder != null && builder.hasTokens()) {
                        sink.accept(builder.build(String.format("%s-%04d", stem, ++documents)));
                    }
                } else if (trimmed.isEmpty()) {
                    if (builder != null) {
                        builder.endSentence();
                    }
                } else {
                    String[] fields = trimmed.split("\\s+");
                    if (builder == null && !(trimmed.startsWith("#") && !looksLikeTokenLine(fields))) {
                        StringBuilder problem = new StringBuilder();
                        ConllLayout layout = ConllLayout.of(columns, fields, problem);
                        if (layout == null) {
                            throw ImportException.atLine(file, lines.lineNumber(), 0, problem.toString(),
                                    "Choose columns that every token line has with --conll-columns");
                        }
                        builder = new ConllDocumentBuilder(file, layout);
                    }
                    if (trimmed.startsWith("#") && (builder == null || isComment(fields, builder))) {
                        firstComment = comments++ == 0 ? lines.lineNumber() : firstComment;
                    } else {
                        builder.token(lines.lineNumber(), trimmed, fields);
                    }
                }
                progress.worked(lines.lineNumber(), -1);
            }
        }
        if (builder != null && builder.hasTokens()) {
            sink.accept(builder.build(String.format("%s-%04d", stem, ++documents)));
        }
        List<ImportWarning> warnings = new ArrayList<>();
        if (builder != null) {
            builder.report(warnings);
        }
        if (comments > 0) {
            warnings.add(ImportWarning.skipped(file, firstComment, "comment", comments, comments + " comment line(s) "
                    + "(# …, first on this line) not kept, such as GermEval's source of each sentence"));
        }
        warnings.forEach(sink::warning);
    }

    /** A {@code #} line before the layout is known is a token line only if its last column is a tag. */
    private static boolean looksLikeTokenLine(String[] fields) {
        return fields.length >= 2 && ConllTags.isTag(fields[fields.length - 1]);
    }

    private static boolean isComment(String[] fields, ConllDocumentBuilder builder) {
        return !builder.fits(fields);
    }
}
