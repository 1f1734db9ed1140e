package aurum.corpus.internal.importer;

import java.util.ArrayList;
import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

import aurum.core.model.Document;
import aurum.core.model.DocumentMetadata;
import aurum.core.model.Span;
import aurum.corpus.importer.ImportException;
import aurum.corpus.importer.ImportWarning;
import aurum.corpus.importer.ImportedDocument;
import aurum.corpus.importer.OffsetUnit;

/**
 * Turns one parsed JSON line into a document and its spans, converting offsets from the chosen unit.
 * The text is taken as is (a leading U+FEFF stays), because the offsets were counted on it.
 */
final class JsonlRecordReader {

    private final String file;
    private final String stem;
    private final OffsetUnit unit;

    JsonlRecordReader(String file, String stem, OffsetUnit unit) {
        this.file = file;
        this.stem = stem;
        this.unit = unit;
    }

    ImportedDocument read(JsonObject record, long line) throws ImportException {
        JsonElement textField = record.get("text");
        if (textField == null || !textField.isJsonPrimitive() || !textField.getAsJsonPrimitive().isString()) {
            throw error(line, "the object has no string field \"text\"", "Add the document text as \"text\"");
        }
        String text = textField.getAsString();
        String id = record.has("id") && record.get("id").isJsonPrimitive() ? record.get("id").getAsString()
                : stem + "-" + line;
        Document document;
        try {
            document = new Document(id.isBlank() ? stem + "-" + line : id, text, false, metadata(record, text));
        } catch (IllegalArgumentException e) {
            throw error(line, e.getMessage(), "Fix the \"text\" and \"id\" fields on this line");
        }
        List<ImportWarning> warnings = new ArrayList<>();
        List<Span> spans = new ArrayList<>();
        for (String field : new String[] {"label", "labels"}) {
            if (record.get(field) instanceof JsonArray array) {
                readDoccano(array, field, document, line, spans, warnings);
            }
        }
        if (record.get("spans") instanceof JsonArray array) {
            for (int i = 0; i < array.size(); i++) {
                if (!(array.get(i) instanceof JsonObject span)) {
                    throw error(line, "spans[" + i + "] is not an object", "Write spans as {\"start\":..,\"end\":..,\"label\":..}");
                }
                spans.add(span(document, line, "spans[" + i + "]", span.get("start"), span.get("end"), span.get("label")));
            }
        }
        return new ImportedDocument(document, spans, warnings);
    }

    private void readDoccano(JsonArray array, String field, Document document, long line, List<Span> spans,
            List<ImportWarning> warnings) throws ImportException {
        int documentLabels = 0;
        for (int i = 0; i < array.size(); i++) {
            JsonElement element = array.get(i);
            if (element instanceof JsonArray triple && triple.size() == 3) {
                spans.add(span(document, line, field + "[" + i + "]", triple.get(0), triple.get(1), triple.get(2)));
            } else if (element instanceof JsonPrimitive primitive && primitive.isString()) {
                documentLabels++;
            } else {
                throw error(line, field + "[" + i + "] is " + element + ", not [start, end, label]",
                        "Write each span as [start, end, \"LABEL\"]");
            }
        }
        if (documentLabels > 0) {
            warnings.add(new ImportWarning(file, line, documentLabels + " document-level labels in \"" + field
                    + "\" were skipped; Aurum imports spans only"));
        }
    }

    private Span span(Document document, long line, String where, JsonElement start, JsonElement end,
            JsonElement label) throws ImportException {
        if (!isInt(start) || !isInt(end) || label == null || !label.isJsonPrimitive()) {
            throw error(line, where + " needs integer start and end and a label",
                    "Write the span as start, end and label");
        }
        int from = start.getAsInt();
        int to = end.getAsInt();
        String labelId = label.getAsString();
        try {
            int utf16Start = unit.toUtf16(document.offsets(), from);
            int utf16End = unit.toUtf16(document.offsets(), to);
            return Span.builder().range(utf16Start, utf16End).label(labelId).buildFor(document.text());
        } catch (IllegalArgumentException e) {
            throw error(line, where + " [" + from + ", " + to + ") " + labelId + " does not fit the text ("
                    + e.getMessage() + ")", "Check that the offsets count " + unit.description()
                    + " and lie inside \"text\", or choose another offset unit");
        }
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
