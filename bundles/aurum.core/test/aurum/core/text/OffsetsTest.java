package aurum.core.text;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class OffsetsTest {

    private static final String GRINNING = "\uD83D\uDE00";
    private static final String FAMILY = "\uD83D\uDC69\u200D\uD83D\uDC69\u200D\uD83D\uDC67";

    @Test
    void asciiOffsetsAreTheSameInEveryUnit() {
        Offsets offsets = new Offsets("plain text");
        for (int i = 0; i <= 10; i++) {
            assertEquals(i, offsets.utf16ToCodePoint(i));
            assertEquals(i, offsets.utf16ToUtf8(i));
            assertEquals(i, offsets.codePointToUtf16(i));
            assertEquals(i, offsets.utf8ToUtf16(i));
        }
    }

    @Test
    void emojiOutsideTheBmpIsOneCodePointTwoCharsFourBytes() {
        Offsets offsets = new Offsets("a" + GRINNING + "b");
        assertAll(
                () -> assertEquals(2, offsets.utf16ToCodePoint(3)),
                () -> assertEquals(5, offsets.utf16ToUtf8(3)),
                () -> assertEquals(3, offsets.codePointToUtf16(2)),
                () -> assertEquals(3, offsets.utf8ToUtf16(5)),
                () -> assertEquals(3, offsets.codePointCount()),
                () -> assertEquals(6, offsets.utf8Length()));
    }

    @Test
    void zwjFamilyCountsEachMemberAndJoinerSeparately() {
        Offsets offsets = new Offsets(FAMILY + "!");
        assertEquals(8, FAMILY.length());
        assertEquals(5, offsets.utf16ToCodePoint(8));
        assertEquals(4 + 3 + 4 + 3 + 4, offsets.utf16ToUtf8(8));
        assertEquals(8, offsets.codePointToUtf16(5));
        assertEquals(2, offsets.codePointToUtf16(1));
        assertEquals(3, offsets.codePointToUtf16(2));
    }

    @Test
    void combiningMarkIsItsOwnCodePoint() {
        Offsets offsets = new Offsets("e\u0301t\u00e9");
        assertEquals(2, offsets.utf16ToCodePoint(2));
        assertEquals(3, offsets.utf16ToUtf8(2));
        assertEquals(6, offsets.utf8Length());
    }

    @Test
    void crlfNbspCurlyQuotesAndBomHaveTheirUtf8Widths() {
        Offsets offsets = new Offsets("\r\n\u00a0\u201cx\u201d\uFEFF");
        assertAll(
                () -> assertEquals(2, offsets.utf16ToUtf8(2)),
                () -> assertEquals(4, offsets.utf16ToUtf8(3)),
                () -> assertEquals(7, offsets.utf16ToUtf8(4)),
                () -> assertEquals(8, offsets.utf16ToUtf8(5)),
                () -> assertEquals(11, offsets.utf16ToUtf8(6)),
                () -> assertEquals(14, offsets.utf8Length()),
                () -> assertEquals(6, offsets.utf8ToUtf16(11)));
    }

    @Test
    void offsetSplittingASurrogatePairIsRejectedWithItsNeighbours() {
        Offsets offsets = new Offsets("a" + GRINNING);
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> offsets.utf16ToUtf8(2));
        assertTrue(error.getMessage().contains("UTF-16 offset 2 splits the surrogate pair of U+1F600"), error.getMessage());
        assertTrue(error.getMessage().contains("use 1 or 3"), error.getMessage());
        assertThrows(IllegalArgumentException.class, () -> offsets.utf16ToCodePoint(2));
    }

    @Test
    void byteOffsetInsideAMultiByteCharacterIsRejected() {
        Offsets offsets = new Offsets("x\u201cy");
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> offsets.utf8ToUtf16(2));
        assertTrue(error.getMessage().contains("U+201C"), error.getMessage());
        assertTrue(error.getMessage().contains("use byte offset 1 or 4"), error.getMessage());
    }

    @Test
    void offsetsOutsideTheTextAreRejected() {
        Offsets offsets = new Offsets("abc");
        assertThrows(IllegalArgumentException.class, () -> offsets.utf16ToCodePoint(-1));
        assertThrows(IllegalArgumentException.class, () -> offsets.utf16ToUtf8(4));
        assertThrows(IllegalArgumentException.class, () -> offsets.codePointToUtf16(4));
        assertThrows(IllegalArgumentException.class, () -> offsets.utf8ToUtf16(4));
    }

    @Test
    void checkpointFallingInsideASurrogatePairDoesNotCountItTwice() {
        String text = "a".repeat(Offsets.STRIDE - 1) + GRINNING + "z";
        Offsets offsets = new Offsets(text);
        assertEquals(Offsets.STRIDE, offsets.utf16ToCodePoint(Offsets.STRIDE + 1));
        assertEquals(Offsets.STRIDE + 3, offsets.utf16ToUtf8(Offsets.STRIDE + 1));
        assertEquals(Offsets.STRIDE + 1, offsets.codePointToUtf16(Offsets.STRIDE));
        assertEquals(Offsets.STRIDE + 1, offsets.utf8ToUtf16(Offsets.STRIDE + 3));
        assertEquals(Offsets.STRIDE + 2, offsets.codePointToUtf16(Offsets.STRIDE + 1));
    }

    @Test
    void everyConversionMatchesAStraightCountOnMixedText() {
        String[] pieces = {"a", " ", "\r\n", "\u00a0", "\u201c", "\u201d", "e\u0301", GRINNING, FAMILY, "\u65e5", "\uFEFF"};
        Random random = new Random(42);
        StringBuilder builder = new StringBuilder();
        while (builder.length() < 2_000) {
            builder.append(pieces[random.nextInt(pieces.length)]);
        }
        String text = builder.toString();
        Offsets offsets = new Offsets(text);
        assertEquals(text.codePointCount(0, text.length()), offsets.codePointCount());
        assertEquals(text.getBytes(StandardCharsets.UTF_8).length, offsets.utf8Length());
        for (int i = 0; i <= text.length(); i++) {
            if (SurrogatePairs.splitsPair(text, i)) {
                continue;
            }
            int codePoints = text.codePointCount(0, i);
            int bytes = text.substring(0, i).getBytes(StandardCharsets.UTF_8).length;
            assertEquals(codePoints, offsets.utf16ToCodePoint(i), "code points before " + i);
            assertEquals(bytes, offsets.utf16ToUtf8(i), "bytes before " + i);
            assertEquals(i, offsets.codePointToUtf16(codePoints), "UTF-16 of code point " + codePoints);
            assertEquals(i, offsets.utf8ToUtf16(bytes), "UTF-16 of byte " + bytes);
            assertEquals(bytes, offsets.codePointToUtf8(codePoints));
            assertEquals(codePoints, offsets.utf8ToCodePoint(bytes));
        }
    }

    @Test
    void emptyTextHasOnlyOffsetZero() {
        Offsets offsets = new Offsets("");
        assertEquals(0, offsets.utf16ToUtf8(0));
        assertEquals(0, offsets.codePointToUtf16(0));
        assertThrows(IllegalArgumentException.class, () -> offsets.utf8ToUtf16(1));
    }
}
