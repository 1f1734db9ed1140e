package aurum.corpus.internal.index;

import aurum.core.model.LayerOwner;
import aurum.core.model.LayerState;
import aurum.corpus.index.IndexedDocument;
import aurum.corpus.index.LayerSummary;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;

/**
 * The Lucene fields of one corpus document: what is searched (text, owners, states, labels) and what
 * is kept to list it without touching the corpus files (title, length, layer summaries, problems, the
 * file stamp that tells when to read it again). Those are doc values, not stored fields: listing reads
 * them for every document, and column-wise doc values read 100k documents in milliseconds where stored
 * fields decompress a block per document.
 */
final class IndexFields {

    static final String ID = "id";
    static final String STAMP = "stamp";
    static final String OWNER = "owner";
    static final String STATE = "state";
    static final String OWNER_STATE = "ownerState";
    static final String LABEL = "label";
    static final String OWNER_LABEL = "ownerLabel";
    static final String TITLE = "title";
    static final String LENGTH = "length";
    static final String LAYERS = "layers";
    static final String PROBLEMS = "problems";
    /** The lower-case id, a term to find ids containing a string. */
    static final String ID_KEY = "idKey";
    /** The lower-case title (the id when untitled), cut to {@link #KEY_CHARS}: a term and a sort key. */
    static final String TITLE_KEY = "titleKey";
    /** Prefixes of the per-owner sort fields: the owner key follows. */
    static final String STATE_OF = "stateOf.";
    static final String SPANS_OF = "spansOf.";
    /** How much of a title is kept for sorting and substring search: far more than a table shows. */
    static final int KEY_CHARS = 512;
    /** Separates the parts of combined terms and of a layer summary; no id or label contains it. */
    static final char SEP = '\u001f';
    /** Separates layer summaries and problems in one doc value. */
    static final char RECORD = '\u001e';

    /**
     * The searched text: words with positions (for phrases), without norms: matches are filtered, never
     * ranked, so the length norm Lucene would compute and write for every document is never read.
     */
    private static final FieldType TEXT = new FieldType(TextField.TYPE_NOT_STORED);

    static {
        TEXT.setOmitNorms(true);
        TEXT.freeze();
    }

    private IndexFields() {
    }

    static String combined(String ownerKey, String value) {
        return ownerKey + SEP + value;
    }

    static Document toLucene(IndexedDocument entry, String text, String stamp) {
        Document doc = new Document();
        doc.add(new StringField(ID, entry.id(), Field.Store.NO));
        doc.add(new SortedDocValuesField(ID, new BytesRef(entry.id())));
        doc.add(new BinaryDocValuesField(STAMP, new BytesRef(stamp)));
        doc.add(new BinaryDocValuesField(TITLE, new BytesRef(entry.title())));
        doc.add(new NumericDocValuesField(LENGTH, entry.length()));
        doc.add(new StringField(ID_KEY, lower(entry.id()), Field.Store.NO));
        String titleKey = titleKey(entry);
        doc.add(new StringField(TITLE_KEY, titleKey, Field.Store.NO));
        doc.add(new SortedDocValuesField(TITLE_KEY, new BytesRef(titleKey)));
        doc.add(new Field(TextSearch.FIELD, TextSearch.normalize(text), TEXT));
        if (entry.layers().isEmpty()) {
            doc.add(new StringField(STATE, LayerState.NEW.name(), Field.Store.NO));
        }
        StringBuilder layers = new StringBuilder();
        for (LayerSummary layer : entry.layers()) {
            String owner = FolderStamps.ownerKey(layer.owner());
            doc.add(new StringField(OWNER, owner, Field.Store.NO));
            doc.add(new StringField(STATE, layer.state().name(), Field.Store.NO));
            doc.add(new StringField(OWNER_STATE, combined(owner, layer.state().name()), Field.Store.NO));
            doc.add(new NumericDocValuesField(STATE_OF + owner, layer.state().ordinal()));
            doc.add(new NumericDocValuesField(SPANS_OF + owner, layer.spanCount()));
            if (!layers.isEmpty()) {
                layers.append(RECORD);
            }
            layers.append(owner).append(SEP).append(layer.state().name()).append(SEP).append(layer.revision());
            layer.spansPerLabel().forEach((label, count) -> {
                doc.add(new StringField(LABEL, label, Field.Store.NO));
                doc.add(new StringField(OWNER_LABEL, combined(owner, label), Field.Store.NO));
                layers.append(SEP).append(label).append(SEP).append(count);
            });
        }
        doc.add(new BinaryDocValuesField(LAYERS, new BytesRef(layers)));
        doc.add(new BinaryDocValuesField(PROBLEMS, new BytesRef(String.join(String.valueOf(RECORD),
                entry.problems()))));
        return doc;
    }

    /** What filter boxes and sorting compare: lower case, independent of the user's locale. */
    static String lower(String s) {
        return s.toLowerCase(java.util.Locale.ROOT);
    }

    private static String titleKey(IndexedDocument entry) {
        String title = entry.title().isBlank() ? entry.id() : entry.title().strip();
        if (title.length() > KEY_CHARS) {
            int cut = Character.isHighSurrogate(title.charAt(KEY_CHARS - 1)) ? KEY_CHARS - 1 : KEY_CHARS;
            title = title.substring(0, cut);
        }
        return lower(title);
    }

    /** The owner named by an owner key, see {@link FolderStamps#ownerKey}. */
    static LayerOwner owner(String key) {
        return key.equals("gold") ? LayerOwner.GOLD : LayerOwner.annotator(key.substring("annotator:".length()));
    }
}
