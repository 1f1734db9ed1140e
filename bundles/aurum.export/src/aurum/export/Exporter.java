package aurum.export;

import java.io.IOException;
import java.util.List;

import aurum.corpus.importer.OffsetUnit;

/**
 * Writes one training-data format. An exporter is stateless: {@link CorpusExport} opens one
 * {@link DocumentWriter} per split (and per label under {@link OverlapPolicy#ONE_FILE_PER_LABEL}),
 * hands it documents one at a time, and closes it, so memory never grows with the corpus.
 * Contributed through the {@code aurum.export.exporters} extension point; needs a public no-argument
 * constructor. The rules every exporter follows are in {@code docs/EXPORT.md}.
 */
public interface Exporter {

    /** The short name used by {@code aurum export --format}, e.g. {@code conll}. */
    String id();

    /** One line for menus and {@code --help}. */
    String description();

    /**
     * Whether the format writes tokens. Token formats get sentences and tokens (ICU4J word and sentence
     * breaks) and only spans whose edges fall on token edges, after the {@link BoundaryPolicy}.
     */
    boolean tokenBased();

    /**
     * Whether the format can hold overlapping or nested spans. When not, {@link CorpusExport} applies
     * the {@link OverlapPolicy} first, so the writer never sees two spans sharing a character.
     */
    boolean allowsOverlaps();

    /**
     * Opens the writer of one split. Files are created through {@code output} (relative paths, for
     * example {@code split + ".conll"}), which writes them atomically and records their hashes.
     *
     * @param labels the output labels of the whole export, sorted; known before the first document so
     *        that formats with integer tags can number them
     */
    DocumentWriter open(ExportOutput output, String split, List<String> labels, ExportOptions options)
            throws IOException;

    /**
     * The unit this format writes character offsets in when the user chooses none ({@code --offsets}), or
     * {@code null} for formats without character offsets, to which the choice does not apply. JSONL writes
     * UTF-16 units, brat code points (as brat counts them). {@code null} by default.
     */
    default OffsetUnit defaultOffsetUnit() {
        return null;
    }

    /**
     * Writes files that describe the whole export, such as a label list or brat's
     * {@code annotation.conf}, after every split was written. Nothing by default. {@code output} is the object
     * the writers of these splits were opened with, so a format can declare what its writers met (brat's
     * attributes) without keeping state beyond the run.
     *
     * @param labels the output labels that occur, sorted
     */
    default void finish(ExportOutput output, List<String> splits, List<String> labels, ExportOptions options)
            throws IOException {
        // most formats need nothing beyond their split files
    }
}
