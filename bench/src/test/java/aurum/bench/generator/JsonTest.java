package aurum.bench.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The hand-written JSON is valid: everything JSON forbids raw in a string is escaped. */
class JsonTest {

    @Test
    void escapesQuotesBackslashesAndControlCharacters() {
        StringBuilder sb = new StringBuilder();
        Json.quote(sb, "a\"b\\c\nd\re\tf\u0001g\u2028h\u00e9\ud83d\ude80");
        assertEquals("\"a\\\"b\\\\c\\nd\\re\\tf\\u0001g\\u2028h\u00e9\ud83d\ude80\"", sb.toString());
    }

    @Test
    void writesSpansAsTriplesAndTheDuplicateLinkOnlyWhenSet() {
        NewsDocument doc = new NewsDocument("doc-000007", "ignored", List.of(new Span(0, 4, "AMOUNT"),
                new Span(5, 9, "WEAPON")), null, "doc-000007");
        assertEquals("{\"id\":\"doc-000007\",\"spans\":[[0,4,\"AMOUNT\"],[5,9,\"WEAPON\"]]}", Json.line(doc));
        NewsDocument copy = new NewsDocument("doc-000008", "x", List.of(), "doc-000007", "doc-000007");
        assertEquals("{\"id\":\"doc-000008\",\"spans\":[],\"near_duplicate_of\":\"doc-000007\"}", Json.line(copy));
    }
}
