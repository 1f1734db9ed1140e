package aurum.corpus.importer;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import aurum.corpus.internal.importer.BratImporter;
import aurum.corpus.internal.importer.ConllImporter;
import aurum.corpus.internal.importer.JsonlImporter;
import aurum.corpus.internal.importer.PlainTextImporter;
import aurum.corpus.internal.importer.WebAnnoTsvImporter;
import aurum.corpus.internal.importer.ZipImporter;

/**
 * The built-in importers. The implementations stay internal so their helpers can change; callers
 * depend only on {@link Importer}. Each implementation's class comment states its format decisions
 * (what is refused, what is imported with a warning); docs/FORMATS.md is the user-facing page.
 */
public final class Importers {

    private Importers() {
    }

    /**
     * {@code .txt} files, or folders of them searched recursively; a file that is really CoNLL (token lines with
     * tag columns) is refused, naming the format to use.
     */
    public static Importer plainText() {
        return new PlainTextImporter(false);
    }

    /**
     * {@code .txt} files as {@link #plainText()} reads them, for a user who asked for plain text by name
     * ({@code --format text}): a file that looks like CoNLL is imported as text, with a warning.
     */
    public static Importer plainTextAsAsked() {
        return new PlainTextImporter(true);
    }

    /** The {@code .txt} entries of a zip archive. */
    public static Importer zip() {
        return new ZipImporter();
    }

    /**
     * doccano / spaCy / Prodigy style JSON lines whose span offsets count {@code unit}, as the user says; a
     * record that says otherwise in its {@code offsets} field is an error.
     */
    public static Importer jsonl(OffsetUnit unit) {
        return new JsonlImporter(unit, true);
    }

    /**
     * JSON lines whose records say what their offsets count in an {@code offsets} field (Aurum's export
     * does), UTF-16 units where they do not, with a warning when that reading is ambiguous.
     */
    public static Importer jsonl() {
        return new JsonlImporter(OffsetUnit.UTF16, false);
    }

    /** brat standoff: a {@code .txt} and its {@code .ann}, or a folder of such pairs; offsets in code points. */
    public static Importer brat() {
        return new BratImporter();
    }

    /** brat standoff whose offsets count {@code unit}, e.g. UTF-16 units in files DKPro Core wrote. */
    public static Importer brat(OffsetUnit unit) {
        return new BratImporter(unit);
    }

    /** CoNLL token-per-line files, columns found from the file, with IOB1, IOB2, BIOES or BILOU tags. */
    public static Importer conll() {
        return conll(ConllColumns.AUTO);
    }

    /** CoNLL token-per-line files whose token and tag columns are {@code columns}. */
    public static Importer conll(ConllColumns columns) {
        return new ConllImporter(columns);
    }

    /** WebAnno TSV 3 as INCEpTION exports it: a {@code .tsv} file, or a folder of them. */
    public static Importer webAnnoTsv() {
        return new WebAnnoTsvImporter();
    }

    /** All built-in importers, most specific first, each reading offsets in its format's own unit. */
    public static List<Importer> all() {
        return List.of(brat(), webAnnoTsv(), jsonl(), conll(), zip(), plainText());
    }

    /** The first built-in importer that accepts {@code source}. */
    public static Optional<Importer> forSource(Path source) {
        return all().stream().filter(importer -> importer.accepts(source)).findFirst();
    }
}
