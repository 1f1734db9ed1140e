package aurum.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LabelSetTest {

    private static final LabelDefinition WEAPON = LabelDefinition.of("WEAPON", "Weapon").withHotkey('w');
    private static final LabelDefinition HYPERSONIC = LabelDefinition.of("HYPERSONIC", "Hypersonic")
            .withParent("WEAPON").withHotkey('h');
    private static final LabelDefinition MONEY = LabelDefinition.of("MONEY", "Money").withHotkey('m')
            .withColour(Rgb.parse("#33aa55"))
            .withAttributes(AttributeDefinition.ofEnum("currency", "JPY", "USD"),
                    AttributeDefinition.of("amount", AttributeType.NUMBER));

    private static LabelSet labelSet(LabelDefinition... labels) {
        return new LabelSet("news", "News", "1.0", List.of(labels));
    }

    @Test
    void consistentSetAnswersHierarchyQuestions() {
        LabelSet set = labelSet(WEAPON, HYPERSONIC, MONEY);
        assertEquals(List.of("WEAPON", "HYPERSONIC"), set.path("HYPERSONIC"));
        assertTrue(set.isA("HYPERSONIC", "WEAPON"));
        assertFalse(set.isA("MONEY", "WEAPON"));
        assertEquals(List.of(HYPERSONIC), set.children("WEAPON"));
        assertEquals(List.of(WEAPON, MONEY), set.children(null));
        assertEquals(new LabelSetRef("news", "1.0"), set.ref());
        assertEquals("currency", set.label("MONEY").orElseThrow().attribute("currency").orElseThrow().name());
    }

    @Test
    void hotkeysAreFoundIgnoringCase() {
        LabelSet set = labelSet(WEAPON, HYPERSONIC, MONEY);
        assertEquals("MONEY", set.byHotkey('M').orElseThrow().id());
        assertTrue(set.byHotkey('x').isEmpty());
    }

    @Test
    void duplicateIdIsReported() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> labelSet(MONEY, LabelDefinition.of("MONEY", "Cash")));
        assertTrue(error.getMessage().contains("label id 'MONEY' is defined twice"), error.getMessage());
    }

    @Test
    void unknownParentIsReported() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> labelSet(HYPERSONIC));
        assertTrue(error.getMessage().contains("label 'HYPERSONIC' has parent 'WEAPON', which is not defined"),
                error.getMessage());
    }

    @Test
    void parentCycleIsReportedOnce() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> labelSet(
                LabelDefinition.of("A", "A").withParent("C"), LabelDefinition.of("B", "B").withParent("A"),
                LabelDefinition.of("C", "C").withParent("B"), LabelDefinition.of("D", "D").withParent("A")));
        assertTrue(error.getMessage().contains("labels form a parent cycle: A › C › B › A"), error.getMessage());
        assertEquals(1, error.getMessage().split("parent cycle", -1).length - 1, error.getMessage());
    }

    @Test
    void hotkeysClashingIgnoringCaseAreReported() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> labelSet(MONEY, LabelDefinition.of("MISSILE", "Missile").withHotkey('M')));
        assertTrue(error.getMessage().contains("hotkey 'M' of label 'MISSILE' is already used by label 'MONEY'"),
                error.getMessage());
    }

    @Test
    void everyProblemIsListedAtOnce() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> labelSet(
                MONEY, MONEY.withHotkey(null), HYPERSONIC.withHotkey('m')));
        String message = error.getMessage();
        assertTrue(message.startsWith("label set 'news' version 1.0 is inconsistent:"), message);
        assertEquals(3, message.lines().filter(line -> line.startsWith("- ")).count(), message);
    }

    @Test
    void selfParentAndDuplicateAttributeAreRejectedOnTheLabel() {
        assertThrows(IllegalArgumentException.class, () -> LabelDefinition.of("A", "A").withParent("A"));
        assertThrows(IllegalArgumentException.class, () -> LabelDefinition.of("A", "A").withAttributes(
                AttributeDefinition.of("x", AttributeType.STRING), AttributeDefinition.of("x", AttributeType.BOOLEAN)));
        assertThrows(IllegalArgumentException.class, () -> LabelDefinition.of("A", "A").withHotkey(' '));
    }

    @Test
    void pathOfAnUnknownLabelFails() {
        assertThrows(IllegalArgumentException.class, () -> labelSet(MONEY).path("NOPE"));
    }

    @Test
    void enumerationsNeedDistinctChoicesAndOnlyEnumerationsHaveThem() {
        assertThrows(IllegalArgumentException.class, () -> AttributeDefinition.ofEnum("currency"));
        assertThrows(IllegalArgumentException.class, () -> AttributeDefinition.ofEnum("currency", "JPY", "JPY"));
        assertThrows(IllegalArgumentException.class,
                () -> new AttributeDefinition("amount", AttributeType.NUMBER, List.of("1")));
    }

    @Test
    void coloursParseAndPrintAsHex() {
        assertEquals(new Rgb(0x33, 0xAA, 0x55), Rgb.parse("33AA55"));
        assertEquals("#33aa55", new Rgb(0x33, 0xAA, 0x55).toHex());
        assertThrows(IllegalArgumentException.class, () -> Rgb.parse("#12345"));
        assertThrows(IllegalArgumentException.class, () -> new Rgb(256, 0, 0));
    }
}
