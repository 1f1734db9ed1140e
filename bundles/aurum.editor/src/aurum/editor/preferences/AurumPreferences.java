package aurum.editor.preferences;

/**
 * Keys of Aurum's preferences, kept in the instance scope of the {@code aurum.editor} bundle
 * ({@code InstanceScope.INSTANCE.getNode("aurum.editor")}). The preference page writes them; the
 * editor and views read them and follow changes.
 */
public final class AurumPreferences {

    /** The preference node (the bundle id). */
    public static final String NODE = "aurum.editor";

    /**
     * The annotator's name, which names the layer an annotator edits. No default: read it through
     * {@code aurum.editor.identity.AnnotatorIdentity}, which asks for it on first start.
     */
    public static final String ANNOTATOR = "annotator";

    /** Whether selections snap to token boundaries before tagging. Default: true. */
    public static final String SNAP_TO_TOKENS = "snapToTokens";

    /** Whether the editor draws each span's label name above its start. Default: true. */
    public static final String SHOW_LABEL_NAMES = "showLabelNames";

    /** The editor's font size in points. Default: 11. */
    public static final String FONT_SIZE = "fontSize";

    /** Prefix of a label's colour override, followed by the label id; value "r,g,b". */
    public static final String LABEL_COLOUR_PREFIX = "colour.";

    private AurumPreferences() {
    }
}
