package aurum.corpus.internal.importer;

import java.util.ArrayList;
import java.util.List;

import aurum.corpus.importer.ImportException;

/**
 * The layer declarations at the top of a WebAnno TSV 3 file ({@code #T_SP=}, {@code #T_RL=}, {@code #T_CH=}):
 * which annotation column holds which layer and feature. A layer declared without features still has one
 * (placeholder) column. See docs/FORMATS.md for what Aurum makes of each kind.
 */
final class WebAnnoTsvSchema {

    enum LayerKind {
        SPAN, RELATION, CHAIN
    }

    enum ColumnKind {
        /** A feature with a plain value. */
        PRIMITIVE,
        /** The column of a layer declared without features. */
        PLACEHOLDER,
        /** The roles of a span's slot (link) feature. */
        SLOT_ROLE,
        /** The targets of a span's slot feature. */
        SLOT_TARGET,
        /** The source of a relation. */
        RELATION_SOURCE,
        /** A chain element's type. */
        CHAIN_TYPE,
        /** A chain link's type, with the chain and element number. */
        CHAIN_LINK
    }

    /** One annotation column; {@code layer} is the index of its layer in {@link #layers()}. */
    record Column(int layer, ColumnKind kind, String feature) {
    }

    /** One declared layer: the UIMA type name and its kind. */
    record Layer(String type, LayerKind kind) {

        /** The type name without its package, e.g. {@code NamedEntity}. */
        String shortName() {
            return type.substring(type.lastIndexOf('.') + 1);
        }
    }

    private final List<Layer> layers = new ArrayList<>();
    private final List<Column> columns = new ArrayList<>();

    List<Layer> layers() {
        return layers;
    }

    List<Column> columns() {
        return columns;
    }

    /** Reads one declaration line; returns false when the line is not one, which ends the header. */
    boolean declare(String file, long line, String text) throws ImportException {
        LayerKind kind;
        if (text.startsWith("#T_SP=")) {
            kind = LayerKind.SPAN;
        } else if (text.startsWith("#T_RL=")) {
            kind = LayerKind.RELATION;
        } else if (text.startsWith("#T_CH=")) {
            kind = LayerKind.CHAIN;
        } else {
            return false;
        }
        String[] fields = text.substring(6).split("\\|");
        if (fields.length == 0 || fields[0].isBlank()) {
            throw ImportException.atLine(file, line, 7, "the layer declaration names no type",
                    "Write it as #T_SP=type|feature|…, as INCEpTION exports it");
        }
        int layer = layers.size();
        layers.add(new Layer(fields[0], kind));
        int before = columns.size();
        ColumnKind previous = null;
        for (int i = 1; i < fields.length; i++) {
            if (fields[i].isEmpty()) {
                continue;
            }
            ColumnKind column = kindOf(kind, fields[i], previous);
            columns.add(new Column(layer, column, featureOf(column, fields[i])));
            previous = column;
        }
        if (columns.size() == before) {
            columns.add(new Column(layer, ColumnKind.PLACEHOLDER, null));
        }
        return true;
    }

    private static ColumnKind kindOf(LayerKind layer, String declaration, ColumnKind previous) {
        return switch (layer) {
            case SPAN -> declaration.startsWith("ROLE_") ? ColumnKind.SLOT_ROLE
                    : previous == ColumnKind.SLOT_ROLE ? ColumnKind.SLOT_TARGET : ColumnKind.PRIMITIVE;
            case RELATION -> declaration.startsWith("BT_") ? ColumnKind.RELATION_SOURCE : ColumnKind.PRIMITIVE;
            case CHAIN -> declaration.equals("referenceRelation") ? ColumnKind.CHAIN_LINK
                    : declaration.equals("referenceType") ? ColumnKind.CHAIN_TYPE : ColumnKind.PRIMITIVE;
        };
    }

    private static String featureOf(ColumnKind kind, String declaration) {
        if (kind == ColumnKind.SLOT_ROLE) {
            // ROLE_<type>:<feature>_<link type>
            String rest = declaration.substring(5);
            int colon = rest.indexOf(':');
            int underscore = rest.indexOf('_', Math.max(colon, 0));
            return colon < 0 ? rest : rest.substring(colon + 1, underscore < 0 ? rest.length() : underscore);
        }
        return declaration;
    }
}
