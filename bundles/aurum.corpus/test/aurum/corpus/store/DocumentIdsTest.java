package aurum.corpus.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DocumentIdsTest {

    @Test
    void lettersDigitsDotsUnderscoresAndHyphensAreValid() {
        assertTrue(DocumentIds.isValid("000_a32fd7d8af559016"));
        assertTrue(DocumentIds.isValid("news-2024.01.02"));
    }

    @Test
    void leadingDotsSeparatorsSpacesAndDeviceNamesAreInvalid() {
        for (String id : new String[] {".hidden", "a/b", "a\\b", "a b", "Tōkyō", "", "con", "NUL.txt", "x".repeat(201)}) {
            assertFalse(DocumentIds.isValid(id), id);
        }
    }

    @Test
    void sanitizeTurnsAnyNameIntoAValidId() {
        assertEquals("Tokyo_news_2024.txt", DocumentIds.sanitize("Tokyo news/2024.txt"));
        assertEquals("hidden", DocumentIds.sanitize("..hidden"));
        for (String name : new String[] {"", "...", "con", "日本", "x".repeat(300)}) {
            assertTrue(DocumentIds.isValid(DocumentIds.sanitize(name)), name);
        }
    }

    @Test
    void requireValidSuggestsASanitizedId() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> DocumentIds.requireValid("my file", "document id"));
        assertTrue(error.getMessage().contains("'my_file'"), error.getMessage());
    }
}
