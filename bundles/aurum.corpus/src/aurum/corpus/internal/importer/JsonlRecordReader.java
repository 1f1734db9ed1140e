package aurum.corpus.internal.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

import aurum.core.model.AttributeValue;
import aurum.core.model.Document;
import aurum.core.model.DocumentMetadata;
import aurum.core.model.Span;
import aurum.corpus.importer.ImportException;
import aurum.corpus.importer.ImportSink;
import aurum.corpus.importer.ImportWarning;
import aurum.corpus.importer.ImportedDocument;
import aurum.corpus.importer.OffsetUnit;

/**
 * Turns the parsed records of one JSON lines file into documents and spans. It reads the shapes doccano,
 * spaCy, Prodigy and Aurum write: the text in {@code text}; spans as {@code label}/{@code labels}
 * ({@code [[start, end, "LABEL"], …]}, doccano; strings there are document labels), {@code entities}
 * (doccano's {@code {"start_offset", "end_offset", "label"}} objects beside {@code relations}, or spaCy's
 * triples) or {@code spans} ({@code {"start", "end", "label", "text"?}}, spaCy, Prodigy, Aurum; Aurum's also
 * {@code "attributes"} and {@code "note"}, which a span object of either field keeps); an
 * {@code offsets} field ({@code utf16}, {@code code-points}, {@code utf8-bytes}, as Aurum's export writes
 * it) says what the record's offsets count, otherwise the unit given to the importer does.
 * {@link OffsetEvidence} checks every span. The text is taken as is (a leading U+FEFF stays), because the
 * offsets were counted on it. Relations, document labels and fields Aurum does not keep are counted per
 * file and reported by {@link #finish}.
 */
final class JsonlRecordReader {

    private static final Set<String> KEPT = Set.of("text", "id", "meta", "label", "labels", "entities", "relations",
            "spans", "offsets");

    private final String file;
    private final String stem;
    private final OffsetUnit unit;
    private final boolean unitGiven;
    private final OffsetEvidence evidence;
    private final Map<String, Long> otherFields = new TreeMap<>();
    private long relations;
    private long relationRecords;
    private long documentLabels;
    private long documentLabelRecords;
    private boolean failing;

    /**
     * @param unit what offsets count where a record does not say
     * @param unitGiven whether the user chose {@code unit}; a record that says otherwise is then an error,
     *        and offsets are not reported as ambiguous
     */
    JsonlRecordReader(String file, String stem, OffsetUnit unit, boolean unitGiven) {
        this.file = file;
        this.stem = stem;
        this.unit = unit;
        this.unitGiven = unitGiven;
        this.evidence = new OffsetEvidence(file, false);
    }

    /** Reads one record and hands its document to the sink, unless a span of the file did not fit already. */
    void read(JsonObject record, long line, ImportSink sink) throws ImportException {
        ImportedDocument document = read(record, line);
        if (document != null && !failing) {
            sink.accept(document);
        }
    }

    private ImportedDocument read(JsonObject record, long line) throws ImportException {
        JsonElement textField = record.get("text");
        if (textField == null || !textField.isJsonPrimitive() || !textField.getAsJsonPrimitive().isString()) {
            throw error(line, "the object has no string field \"text\"" + fieldsOf(record),
                    "Put the document text in a field named \"text\" (doccano's and spaCy's name)");
        }
        String text = textField.getAsString();
        String id = record.get("id") instanceof JsonPrimitive p ? p.getAsString() : stem + "-" + line;
        Document document;
        try {
            document = new Document(id.isBlank() ? stem + "-" + line : id, text, false, metadata(record, text));
        } catch (IllegalArgumentException e) {
            throw error(line, e.getMessage(), "Fix the \"text\" and \"id\" fields on this line");
        }
        OffsetUnit recordUnit = unitOf(record, line);
        boolean declared = unitGiven || record.has("offsets");
        Spans spans = new Spans(document, line, recordUnit, declared);
        boolean annotated = false;
        for (String field : new String[] {"label", "labels"}) {
            if (record.get(field) instanceof JsonArray array) {
                annotated = true;
                readTriples(array, field, spans, true);
            }
        }
        if (record.get("entities") instanceof JsonArray array) {
            annotated = true;
            readEntities(array, spans);
        }
        if (record.get("spans") instanceof JsonArray array) {
            annotated = true;
            readObjects(array, "spans", "start", "end", spans);
        }
        if (record.get("relations") instanceof JsonArray array && !array.isEmpty()) {
            relations += array.size();
            relationRecords++;
        }
        countOtherFields(record);
        failing |= spans.failed;
        return new ImportedDocument(document, spans.list, List.of(), null, annotated);
    }

    /**
     * Reports what the file held that was not imported, and how well the offsets fit.
     *
     * @throws ImportException when a span's offsets did not fall on characters of its text
     */
    void finish(ImportSink sink) throws ImportException {
        List<ImportWarning> warnings = new ArrayList<>();
        if (relations > 0) {
            warnings.add(ImportWarning.skipped(file, 0, "relation", relations, relations + " relation(s) in "
                    + relationRecords + " record(s) not imported: Aurum holds spans, not relations"));
        }
        if (documentLabels > 0) {
            warnings.add(ImportWarning.skipped(file, 0, "document-label", documentLabels, documentLabels
                    + " document-level label(s) in " + documentLabelRecords + " record(s) not imported: Aurum "
                    + "imports spans, not labels of whole documents"));
        }
        otherFields.forEach((field, records) -> warnings.add(ImportWarning.skipped(file, 0, "field", records,
                "field \"" + field + "\" of " + records + " record(s) not kept: Aurum keeps the id, text, spans and "
                        + "the title in \"meta\"")));
        evidence.verdict(warnings, "--offsets");
        warnings.forEach(sink::warning);
    }

    /** The spans of one record. */
    private final class Spans {
        final Document document;
        final long line;
        final OffsetUnit unit;
        final boolean declared;
        final List<Span> list = new ArrayList<>();
        boolean failed;

        Spans(Document document, long line, OffsetUnit unit, boolean declared) {
            this.document = document;
            this.line = line;
            this.unit = unit;
            this.declared = declared;
        }

        void add(String where, JsonElement start, JsonElement end, JsonElement label, JsonElement covered)
                throws ImportException {
            add(where, start, end, label, covered, null);
        }

        /** @param object the span's object, whose {@code attributes} and {@code note} the span takes, or {@code null} */
        void add(String where, JsonElement start, JsonElement end, JsonElement label, JsonElement covered,
                JsonObject object) throws ImportException {
            if (!isInt(start) || !isInt(end) || label == null || !label.isJsonPrimitive()) {
                throw error(line, where + " needs integer start and end and a label",
                        "Write the span as start, end and label");
            }
            int from = start.getAsInt();
            int to = end.getAsInt();
            String labelId = label.getAsString();
            if (to <= from) {
                throw error(line, where + " [" + from + ", " + to + ") " + labelId + " is empty or ends before it "
                        + "starts", "Give the span an end after its start, or remove it");
            }
            String text = covered instanceof JsonPrimitive p && p.isString() ? p.getAsString() : null;
            int[] range = evidence.check(document, line, where, labelId, unit, declared, from, to, text);
            if (range == null) {
                failed = true;
                return;
            }
            Map<String, AttributeValue> attributes = object == null ? Map.of() : attributes(line, where, object);
            String note = object == null ? null : note(line, where, object);
            try {
                list.add(Span.builder().range(range[0], range[1]).label(labelId).buildFor(document.text())
                        .withAttributes(attributes).withNote(note));
            } catch (IllegalArgumentException e) {
                throw error(line, where + " " + labelId + " cannot be a span (" + e.getMessage() + ")",
                        "Fix or remove the span");
            }
        }
    }

    private void readTriples(JsonArray array, String field, Spans spans, boolean stringsAreDocumentLabels)
            throws ImportException {
        int labels = 0;
        for (int i = 0; i < array.size(); i++) {
            JsonElement element = array.get(i);
            if (element instanceof JsonArray triple && triple.size() == 3) {
                spans.add(field + "[" + i + "]", triple.get(0), triple.get(1), triple.get(2), null);
            } else if (stringsAreDocumentLabels && element instanceof JsonPrimitive primitive && primitive.isString()) {
                labels++;
            } else {
                throw error(spans.line, field + "[" + i + "] is " + element + ", not [start, end, label]",
                        "Write each span as [start, end, \"LABEL\"]");
            }
        }
        if (labels > 0) {
            documentLabels += labels;
            documentLabelRecords++;
        }
    }

    private void readEntities(JsonArray array, Spans spans) throws ImportException {
        for (int i = 0; i < array.size(); i++) {
            JsonElement element = array.get(i);
            String where = "entities[" + i + "]";
            if (element instanceof JsonArray triple && triple.size() == 3) {
                spans.add(where, triple.get(0), triple.get(1), triple.get(2), null);
            } else if (element instanceof JsonObject entity) {
                boolean doccano = entity.has("start_offset");
                spans.add(where, entity.get(doccano ? "start_offset" : "start"), entity.get(doccano ? "end_offset" : "end"),
                        entity.get("label"), entity.get("text"), entity);
            } else {
                throw error(spans.line, where + " is " + element + ", not a span",
                        "Write entities as {\"start_offset\":…,\"end_offset\":…,\"label\":…} (doccano) or [start, end, \"LABEL\"]");
            }
        }
    }

    private void readObjects(JsonArray array, String field, String start, String end, Spans spans)
            throws ImportException {
        for (int i = 0; i < array.size(); i++) {
            if (!(array.get(i) instanceof JsonObject span)) {
                throw error(spans.line, field + "[" + i + "] is not an object",
                        "Write spans as {\"start\":…,\"end\":…,\"label\":…}");
            }
            spans.add(field + "[" + i + "]", span.get(start), span.get(end), span.get("label"), span.get("text"), span);
        }
    }

    /**
     * A span object's {@code "attributes":{name: value}}: a JSON boolean, number or string gives a boolean, number or
     * text attribute (the corpus's label set may make a text an enumeration value: {@code DeclaredAttributes}).
     */
    private Map<String, AttributeValue> attributes(long line, String where, JsonObject object) throws ImportException {
        JsonElement field = object.get("attributes");
        if (field == null || field.isJsonNull()) {
            return Map.of();
        }
        if (!(field instanceof JsonObject attributes)) {
            throw error(line, where + ".attributes is " + field + ", not an object",
                    "Write attributes as {\"name\": value, …} with boolean, number or string values");
        }
        Map<String, AttributeValue> out = new TreeMap<>();
        for (Map.Entry<String, JsonElement> e : attributes.entrySet()) {
            JsonElement value = e.getValue();
            if (!(value instanceof JsonPrimitive p) || e.getKey().isBlank()) {
                throw error(line, where + ".attributes." + e.getKey() + " is " + value + ", not a boolean, number or"
                        + " string", "Write attributes as {\"name\": value, …} with boolean, number or string values");
            }
            out.put(e.getKey(), p.isBoolean() ? AttributeValue.ofBoolean(p.getAsBoolean())
                    : p.isNumber() ? AttributeValue.ofNumber(p.getAsBigDecimal()) : AttributeValue.ofString(p.getAsString()));
        }
        return out;
    }

    /** A span object's {@code "note"}, or {@code null}. */
    private String note(long line, String where, JsonObject object) throws ImportException {
        JsonElement field = object.get("note");
        if (field == null || field.isJsonNull()) {
            return null;
        }
        if (!(field instanceof JsonPrimitive p) || !p.isString()) {
            throw error(line, where + ".note is " + field + ", not a string", "Write the note as a JSON string");
        }
        return p.getAsString();
    }

    private OffsetUnit unitOf(JsonObject record, long line) throws ImportException {
        JsonElement field = record.get("offsets");
        if (field == null) {
            return unit;
        }
        OffsetUnit declared = field instanceof JsonPrimitive p && p.isString()
                ? OffsetUnit.parse(p.getAsString()).orElse(null) : null;
        if (declared == null) {
            throw error(line, "\"offsets\" is " + field + ", not a unit Aurum knows",
                    "Write \"utf16\", \"code-points\" or \"utf8-bytes\", or remove the field");
        }
        if (unitGiven && declared != unit) {
            throw error(line, "the record says its offsets count " + declared.description() + " but the import was "
                    + "told they count " + unit.description(), "Leave out --offsets (the file says what its offsets "
                    + "count), or fix the \"offsets\" field");
        }
        return declared;
    }

    private void countOtherFields(JsonObject record) {
        for (Map.Entry<String, JsonElement> e : record.entrySet()) {
            if (!KEPT.contains(e.getKey()) && !isEmpty(e.getValue())) {
                otherFields.merge(e.getKey(), 1L, Long::sum);
            }
        }
        if (record.get("meta") instanceof JsonObject meta) {
            for (Map.Entry<String, JsonElement> e : meta.entrySet()) {
                if (!e.getKey().equals("title") && !isEmpty(e.getValue())) {
                    otherFields.merge("meta." + e.getKey(), 1L, Long::sum);
                }
            }
        }
    }

    private static boolean isEmpty(JsonElement value) {
        return value == null || value.isJsonNull() || (value instanceof JsonArray a && a.isEmpty())
                || (value instanceof JsonObject o && o.isEmpty())
                || (value instanceof JsonPrimitive p && p.isString() && p.getAsString().isEmpty());
    }

    private static String fieldsOf(JsonObject record) {
        return record.keySet().isEmpty() ? " (it is empty)" : " (it has " + String.join(", ", record.keySet()) + ")";
    }

    private static boolean isInt(JsonElement element) {
        if (element == null || !element.isJsonPrimitive() || !element.getAsJsonPrimitive().isNumber()) {
            return false;
        }
        double value = element.getAsDouble();
        return value == Math.rint(value) && Math.abs(value) <= Integer.MAX_VALUE;
    }

    private DocumentMetadata metadata(JsonObject record, String text) {
        DocumentMetadata metadata = DocumentNaming.metadataFor(file, text);
        if (record.get("meta") instanceof JsonObject meta && meta.get("title") instanceof JsonPrimitive title) {
            metadata = metadata.withTitle(title.getAsString());
        }
        return metadata;
    }

    private ImportException error(long line, String problem, String remedy) {
        return ImportException.atLine(file, line, 0, problem, remedy);
    }
}
