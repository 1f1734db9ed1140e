package aurum.corpus.internal.index;

import aurum.core.model.LayerOwner;
import aurum.core.model.LayerState;
import aurum.corpus.index.IndexedDocument;
import aurum.corpus.index.LayerSummary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;

/**
 * The Lucene fields of one corpus document: what is searched (text, owners, states, labels) and what
 * is stored to list it without touching the corpus files (title, length, layer summaries, the file
 * stamp that tells when to read it again).
 */
final class IndexFields {

    static final String ID = "id";
    static final String STAMP = "stamp";
    static final String OWNER = "owner";
    static final String STATE = "state";
    static final String OWNER_STATE = "ownerState";
    static final String LABEL = "label";
    static final String OWNER_LABEL = "ownerLabel";
    private static final String TITLE = "title";
    private static final String LENGTH = "length";
    private static final String LAYER = "layer";
    private static final String PROBLEM = "problem";
    /** Separates the parts of combined terms and of stored layer summaries; no id or label contains it. */
    static final char SEP = '\u001f';

    private IndexFields() {
    }

    static String combined(String ownerKey, String value) {
        return ownerKey + SEP + value;
    }

    static Document toLucene(IndexedDocument entry, String text, String stamp) {
        Document doc = new Document();
        doc.add(new StringField(ID, entry.id(), Field.Store.YES));
        doc.add(new SortedDocValuesField(ID, new BytesRef(entry.id())));
        doc.add(new StoredField(STAMP, stamp));
        doc.add(new StoredField(TITLE, entry.title()));
        doc.add(new StoredField(LENGTH, entry.length()));
        doc.add(new TextField(TextSearch.FIELD, TextSearch.normalize(text), Field.Store.NO));
        if (entry.layers().isEmpty()) {
            doc.add(new StringField(STATE, LayerState.NEW.name(), Field.Store.NO));
        }
        for (LayerSummary layer : entry.layers()) {
            String owner = FolderStamps.ownerKey(layer.owner());
            doc.add(new StringField(OWNER, owner, Field.Store.NO));
            doc.add(new StringField(STATE, layer.state().name(), Field.Store.NO));
            doc.add(new StringField(OWNER_STATE, combined(owner, layer.state().name()), Field.Store.NO));
            StringBuilder stored = new StringBuilder(owner).append(SEP).append(layer.state().name()).append(SEP)
                    .append(layer.revision());
            layer.spansPerLabel().forEach((label, count) -> {
                doc.add(new StringField(LABEL, label, Field.Store.NO));
                doc.add(new StringField(OWNER_LABEL, combined(owner, label), Field.Store.NO));
                stored.append(SEP).append(label).append(SEP).append(count);
            });
            doc.add(new StoredField(LAYER, stored.toString()));
        }
        for (String problem : entry.problems()) {
            doc.add(new StoredField(PROBLEM, problem));
        }
        return doc;
    }

    static IndexedDocument fromLucene(Document doc) {
        List<LayerSummary> layers = new ArrayList<>();
        for (String stored : doc.getValues(LAYER)) {
            String[] parts = stored.split(String.valueOf(SEP), -1);
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (int i = 3; i + 1 < parts.length; i += 2) {
                counts.put(parts[i], Integer.parseInt(parts[i + 1]));
            }
            layers.add(new LayerSummary(owner(parts[0]), LayerState.valueOf(parts[1]), Long.parseLong(parts[2]),
                    counts));
        }
        return new IndexedDocument(doc.get(ID), doc.get(TITLE), doc.getField(LENGTH).numericValue().intValue(),
                layers, List.of(doc.getValues(PROBLEM)));
    }

    private static LayerOwner owner(String key) {
        return key.equals("gold") ? LayerOwner.GOLD : LayerOwner.annotator(key.substring("annotator:".length()));
    }
}
