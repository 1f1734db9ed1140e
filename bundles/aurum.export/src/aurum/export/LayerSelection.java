package aurum.export;

import java.util.Locale;

/**
 * Which annotations are exported: the gold layer, one annotator's layer, or a majority vote over the
 * annotators' layers (a span, identified by start, end and label, is kept when more than half of the
 * annotators who have a layer on the document made it).
 *
 * @param kind what to read
 * @param annotator the annotator id for {@link Kind#ANNOTATOR}, otherwise {@code null}
 */
public record LayerSelection(Kind kind, String annotator) {

    /** Gold. */
    public static final LayerSelection GOLD = new LayerSelection(Kind.GOLD, null);
    /** Majority vote. */
    public static final LayerSelection MAJORITY = new LayerSelection(Kind.MAJORITY, null);

    /** The three kinds of selection. */
    public enum Kind {
        /** the curated gold layer */
        GOLD,
        /** one annotator's layer */
        ANNOTATOR,
        /** a majority vote over the annotator layers */
        MAJORITY
    }

    /** Checks that exactly the annotator kind names an annotator. */
    public LayerSelection {
        if ((kind == Kind.ANNOTATOR) == (annotator == null || annotator.isBlank())) {
            throw new IllegalArgumentException("name an annotator for, and only for, an annotator layer");
        }
    }

    /**
     * Parses {@code gold}, {@code majority} or {@code annotator:NAME}.
     *
     * @throws IllegalArgumentException with the accepted forms
     */
    public static LayerSelection parse(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.equals("gold")) {
            return GOLD;
        }
        if (lower.equals("majority")) {
            return MAJORITY;
        }
        if (lower.startsWith("annotator:") && text.length() > "annotator:".length()) {
            return new LayerSelection(Kind.ANNOTATOR, text.substring("annotator:".length()));
        }
        throw new IllegalArgumentException("'" + text + "' is not a layer; use gold, majority or annotator:NAME");
    }

    @Override
    public String toString() {
        return kind == Kind.ANNOTATOR ? "annotator:" + annotator : kind.name().toLowerCase(Locale.ROOT);
    }
}
