package aurum.editor.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import aurum.core.model.AttributeDefinition;
import aurum.core.model.AttributeType;
import aurum.core.model.AttributeValue;

class AttributeInputTest {

    private static final AttributeDefinition AMOUNT = AttributeDefinition.of("amount", AttributeType.NUMBER);
    private static final AttributeDefinition CURRENCY = AttributeDefinition.ofEnum("currency", "USD", "JPY");
    private static final AttributeDefinition FLAG = AttributeDefinition.of("approximate", AttributeType.BOOLEAN);
    private static final AttributeDefinition NOTE = AttributeDefinition.of("source", AttributeType.STRING);

    @Test
    void blankInputRemovesTheAttribute() {
        assertNull(AttributeInput.parse(AMOUNT, "  "));
        assertNull(AttributeInput.parse(CURRENCY, ""));
        assertNull(AttributeInput.parse(NOTE, null));
    }

    @Test
    void numbersAreExactDecimalsAndAcceptTheMinusSign() {
        assertEquals(AttributeValue.ofNumber(new BigDecimal("1.5")), AttributeInput.parse(AMOUNT, " 1.50 "));
        assertEquals(AttributeValue.ofNumber(-3), AttributeInput.parse(AMOUNT, "\u22123"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AttributeInput.parse(AMOUNT, "five"));
        assertTrue(e.getMessage().contains("'five' is not a number"), e.getMessage());
    }

    @Test
    void enumerationsTakeOnlyTheirValues() {
        assertEquals(AttributeValue.ofEnum("JPY"), AttributeInput.parse(CURRENCY, "JPY"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AttributeInput.parse(CURRENCY, "EUR"));
        assertTrue(e.getMessage().contains("[USD, JPY]"), e.getMessage());
    }

    @Test
    void booleansAndStrings() {
        assertEquals(AttributeValue.ofBoolean(true), AttributeInput.parse(FLAG, "Yes"));
        assertEquals(AttributeValue.ofBoolean(false), AttributeInput.parse(FLAG, "false"));
        assertThrows(IllegalArgumentException.class, () -> AttributeInput.parse(FLAG, "maybe"));
        assertEquals(AttributeValue.ofString(" Reuters\u00a0"), AttributeInput.parse(NOTE, " Reuters\u00a0"),
                "strings are kept as typed");
    }
}
