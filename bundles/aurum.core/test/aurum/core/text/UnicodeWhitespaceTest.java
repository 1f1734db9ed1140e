package aurum.core.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UnicodeWhitespaceTest {

    @ParameterizedTest
    @ValueSource(ints = {0x20, 0x09, 0x0A, 0x0D, 0x85, 0xA0, 0x1680, 0x2000, 0x2007, 0x200A, 0x2028, 0x202F, 0x205F, 0x3000})
    void unicodeWhiteSpaceIncludingNoBreakSpacesIsWhitespace(int codePoint) {
        assertTrue(UnicodeWhitespace.isWhitespace(codePoint));
        assertTrue(UnicodeWhitespace.isBlank(codePoint));
    }

    @ParameterizedTest
    @ValueSource(ints = {0x200B, 0x2060, 0xFEFF, 0x180E})
    void invisibleSeparatorsAreBlankButNotWhitespace(int codePoint) {
        assertFalse(UnicodeWhitespace.isWhitespace(codePoint));
        assertTrue(UnicodeWhitespace.isBlank(codePoint));
    }

    @ParameterizedTest
    @ValueSource(ints = {'a', '0', 0x201C, 0x201D, 0x0301, 0x1F600, 0x1C, 0x200D})
    void visibleCharactersAndJoinersAreNotBlank(int codePoint) {
        assertFalse(UnicodeWhitespace.isBlank(codePoint));
    }
}
