package aurum.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SurrogatePairsTest {

    @Test
    void onlyTheIndexBetweenHighAndLowSurrogateSplits() {
        String text = "x\uD83D\uDE00y";
        assertFalse(SurrogatePairs.splitsPair(text, 0));
        assertFalse(SurrogatePairs.splitsPair(text, 1));
        assertTrue(SurrogatePairs.splitsPair(text, 2));
        assertFalse(SurrogatePairs.splitsPair(text, 3));
        assertFalse(SurrogatePairs.splitsPair(text, 4));
    }

    @Test
    void requireNotSplitNamesTheOffsetAndTheCharacter() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> SurrogatePairs.requireNotSplit("\uD83D\uDE00", 1, "span start"));
        assertEquals("span start 1 splits the surrogate pair of U+1F600 (GRINNING FACE) at offsets 0..2;"
                + " use 0 or 2 instead", error.getMessage());
    }

    @Test
    void firstUnpairedFindsLoneHighAndLoneLowSurrogates() {
        assertEquals(-1, SurrogatePairs.firstUnpaired("ok \uD83D\uDE00"));
        assertEquals(1, SurrogatePairs.firstUnpaired("a\uD83Db"));
        assertEquals(2, SurrogatePairs.firstUnpaired("ab\uDE00"));
        assertEquals(0, SurrogatePairs.firstUnpaired("\uD83D"));
    }
}
