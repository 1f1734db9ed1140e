package aurum.labels.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;

import org.junit.jupiter.api.Test;

import aurum.core.model.AttributeType;
import aurum.core.model.LabelSet;

class LabelSetJsonTest {

    private static final String SMALL = """
            {"id":"demo","version":"2.0.0","name":"Demo","labels":[
              {"id":"MONEY","name":"Money","color":"#2e7d32","hotkey":"m","guideline":"Sums of money.",
               "attributes":[{"name":"currency","type":"ENUM","values":["USD","JPY"]},{"name":"value","type":"NUMBER"}]},
              {"id":"MONEY.AID","name":"Aid","parent":"MONEY","hotkey":"A"}]}
            """;

    private static LabelSet read(String json) throws LabelSetFormatException {
        return LabelSetJson.read(new StringReader(json), "demo.json");
    }

    private static String problem(String json) {
        return assertThrows(LabelSetFormatException.class, () -> read(json)).getMessage();
    }

    @Test
    void readsLabelsWithHierarchyHotkeysAndAttributeSchema() throws Exception {
        LabelSet set = read(SMALL);
        assertEquals("demo", set.id());
        assertEquals("2.0.0", set.version());
        assertEquals(2, set.labels().size());
        assertEquals("MONEY", set.label("MONEY.AID").orElseThrow().parentId());
        assertEquals("MONEY.AID", set.byHotkey('A').orElseThrow().id());
        assertEquals(AttributeType.ENUM, set.label("MONEY").orElseThrow().attribute("currency").orElseThrow().type());
    }

    @Test
    void writtenJsonReadsBackToTheSameLabelSet() throws Exception {
        LabelSet set = read(SMALL);
        String written = LabelSetJson.write(set);
        assertEquals(set, read(written));
        assertEquals(written, LabelSetJson.write(read(written)), "stable key order: writing is idempotent");
        assertTrue(written.indexOf("\"id\"") < written.indexOf("\"version\""), written);
    }

    @Test
    void malformedJsonNamesTheFile() {
        String message = problem("{\"id\":\"x\", \"labels\": [ }");
        assertTrue(message.startsWith("demo.json: not valid JSON"), message);
    }

    @Test
    void tokenSnappingKeepsNumberSignsUnlessTheSetSaysTokens() throws Exception {
        assertTrue(read(SMALL).keepsNumberSigns(), "the default");
        LabelSet plain = read(SMALL.replace("\"name\":\"Demo\",", "\"name\":\"Demo\",\"tokenSnapping\":\"tokens\","));
        assertEquals(false, plain.keepsNumberSigns());
        String written = LabelSetJson.write(plain);
        assertTrue(written.contains("\"tokenSnapping\": \"tokens\""), written);
        assertEquals(plain, read(written));
        assertEquals(false, LabelSetJson.write(read(SMALL)).contains("tokenSnapping"), "the default is not written");
        assertEquals("demo.json: tokenSnapping: must be \"numbers\" (a number keeps its currency sign and unit, the "
                + "default) or \"tokens\", not 'words'",
                problem(SMALL.replace("\"name\":\"Demo\",", "\"name\":\"Demo\",\"tokenSnapping\":\"words\",")));
    }

    @Test
    void missingFieldNamesItsPath() {
        String message = problem("{\"id\":\"x\",\"version\":\"1\",\"labels\":[{\"id\":\"A\"},{\"name\":\"no id\"}]}");
        assertEquals("demo.json: labels[1].id: is required; add a non-empty string", message);
    }

    @Test
    void longHotkeyIsRefusedWithItsPath() {
        String message = problem("{\"id\":\"x\",\"version\":\"1\",\"labels\":[{\"id\":\"A\",\"hotkey\":\"ab\"}]}");
        assertTrue(message.contains("labels[0].hotkey") && message.contains("one character"), message);
    }

    @Test
    void unknownAttributeTypeListsTheTypes() {
        String message = problem("{\"id\":\"x\",\"version\":\"1\",\"labels\":[{\"id\":\"A\",\"attributes\":"
                + "[{\"name\":\"n\",\"type\":\"DATE\"}]}]}");
        assertTrue(message.contains("labels[0].attributes[0]") && message.contains("STRING, NUMBER, ENUM, BOOLEAN"),
                message);
    }

    @Test
    void inconsistentSetReportsEveryProblem() {
        String message = problem("{\"id\":\"x\",\"version\":\"1\",\"labels\":[{\"id\":\"A\",\"hotkey\":\"a\"},"
                + "{\"id\":\"B\",\"hotkey\":\"a\",\"parent\":\"NOPE\"}]}");
        assertTrue(message.contains("NOPE") && message.contains("hotkey"), message);
    }
}
