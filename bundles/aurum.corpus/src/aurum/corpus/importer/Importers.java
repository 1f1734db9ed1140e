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

    /** {@code .txt} files, or folders of them searched recursively. */
    public static Importer plainText() {
        return new PlainTextImporter();
    }

    /** The {@code .txt} entries of a zip archive. */
    public static Importer zip() {
        return new ZipImporter();
    }

    /** doccano / spaCy style JSON lines whose span offsets count {@code unit}. */
    public static Importer jsonl(OffsetUnit unit) {
        return new JsonlImporter(unit);
    }

    /** brat standoff: a {@code .txt} and its {@code .ann}, or a folder of such pairs. */
    public static Importer brat() {
        return new BratImporter();
    }

    /** CoNLL-2003 token-per-line files with IOB1 or IOB2 tags. */
    public static Importer conll() {
        return new ConllImporter();
    }

    /** WebAnno TSV 3 as INCEpTION exports it: a {@code .tsv} file, or a folder of them. */
    public static Importer webAnnoTsv() {
        return new WebAnnoTsvImporter();
    }

    /** All built-in importers, most specific first, with UTF-16 offsets for JSON lines. */
    public static List<Importer> all() {
        return List.of(brat(), webAnnoTsv(), jsonl(OffsetUnit.UTF16), conll(), zip(), plainText());
    }

    /** The first built-in importer that accepts {@code source}. */
    public static Optional<Importer> forSource(Path source) {
        return all().stream().filter(importer -> importer.accepts(source)).findFirst();
    }
}
