package aurum.corpus.internal.store;

import aurum.corpus.store.CorpusStoreException;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.function.Function;

/**
 * Typed access to the fields of one JSON object, with errors that name the file and the field, so a
 * hand-edited file that lost a field tells the user exactly where to look.
 */
final class JsonFields {

    private final JsonObject object;
    private final String where;

    JsonFields(JsonObject object, String where) {
        this.object = object;
        this.where = where;
    }

    /** A required string field. */
    String string(String field) throws CorpusStoreException {
        String value = optionalString(field);
        if (value == null) {
            throw missing(field, "a string");
        }
        return value;
    }

    /** An optional string field, {@code null} when absent or JSON null. */
    String optionalString(String field) throws CorpusStoreException {
        JsonElement element = object.get(field);
        if (element == null || element.isJsonNull()) {
            return null;
        }
        if (!element.isJsonPrimitive() || !element.getAsJsonPrimitive().isString()) {
            throw missing(field, "a string");
        }
        return element.getAsString();
    }

    /** A required integer field. */
    long number(String field) throws CorpusStoreException {
        JsonElement element = object.get(field);
        if (element == null || !element.isJsonPrimitive() || !element.getAsJsonPrimitive().isNumber()) {
            throw missing(field, "a number");
        }
        try {
            return element.getAsBigDecimal().longValueExact();
        } catch (ArithmeticException e) {
            throw missing(field, "a whole number");
        }
    }

    /** A required integer field that must fit an {@code int}, such as an offset. */
    int integer(String field) throws CorpusStoreException {
        long value = number(field);
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw missing(field, "a whole number below 2^31 (found " + value + ")");
        }
        return (int) value;
    }

    /** A required boolean field. */
    boolean bool(String field) throws CorpusStoreException {
        JsonElement element = object.get(field);
        if (element == null || !element.isJsonPrimitive() || !element.getAsJsonPrimitive().isBoolean()) {
            throw missing(field, "true or false");
        }
        return element.getAsBoolean();
    }

    /** An optional object field, {@code null} when absent. */
    JsonObject optionalObject(String field) throws CorpusStoreException {
        JsonElement element = object.get(field);
        if (element == null || element.isJsonNull()) {
            return null;
        }
        if (!element.isJsonObject()) {
            throw missing(field, "an object");
        }
        return element.getAsJsonObject();
    }

    /** A required string field converted by {@code parser}, whose exceptions become format errors. */
    <T> T parsed(String field, Function<String, T> parser, String expected) throws CorpusStoreException {
        String value = string(field);
        try {
            return parser.apply(value);
        } catch (RuntimeException e) {
            throw missing(field, expected + " (found '" + value + "')");
        }
    }

    /** An error about this object, for checks the caller makes. */
    CorpusStoreException error(String problem) {
        return new CorpusStoreException("Cannot read " + where + ": " + problem
                + ". Fix the file by hand or restore it from git.");
    }

    private CorpusStoreException missing(String field, String expected) {
        return error("field \"" + field + "\" must be " + expected);
    }
}
