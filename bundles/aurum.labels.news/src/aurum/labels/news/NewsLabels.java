package aurum.labels.news;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.FileNotFoundException;

/**
 * Names the news label set and its labels, so that recognizers, tests and contributions refer to one
 * spelling; the labels themselves, with guidelines, colours and hotkeys, live in {@link #RESOURCE}.
 */
public final class NewsLabels {

    /** The label set's id in {@link #RESOURCE}. */
    public static final String LABEL_SET_ID = "news";
    /** The label set's version in {@link #RESOURCE}. */
    public static final String VERSION = "2.0.0";
    /** Bundle-relative path of the label set description (JSON). */
    public static final String RESOURCE = "/labelsets/news.json";

    public static final String AMOUNT = "AMOUNT";
    public static final String OFFICIAL = "OFFICIAL";
    /** The parent of the weapon sub-topics, which are its child labels ({@code WEAPON.HYPERSONIC}, …). */
    public static final String WEAPON = "WEAPON";
    public static final String ORG = "ORG";
    public static final String GPE = "GPE";
    public static final String DATE = "DATE";

    private NewsLabels() {
    }

    /** Opens the label set description; the caller closes the stream. */
    public static InputStream openLabelSet() {
        InputStream in = NewsLabels.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new UncheckedIOException(new FileNotFoundException(RESOURCE + " missing from the bundle"));
        }
        return in;
    }
}
