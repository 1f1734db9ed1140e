package aurum.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DocumentTest {

    @Test
    void importRemovesOneLeadingByteOrderMarkAndRecordsIt() {
        Document document = Document.imported("d1", "\uFEFF\uFEFFabc", DocumentMetadata.NONE);
        assertTrue(document.byteOrderMarkRemoved());
        assertEquals("\uFEFFabc", document.text());
    }

    @Test
    void importWithoutByteOrderMarkKeepsTheTextAsIs() {
        Document document = Document.imported("d1", "line one\r\nline two\n\u00a0\u201cq\u201d", null);
        assertFalse(document.byteOrderMarkRemoved());
        assertEquals("line one\r\nline two\n\u00a0\u201cq\u201d", document.text());
        assertEquals(DocumentMetadata.NONE, document.metadata());
    }

    @Test
    void contentHashIsSha256OfTheUtf8TextWithoutTheByteOrderMark() {
        Document withMark = Document.imported("d1", "\uFEFFabc", DocumentMetadata.NONE);
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", withMark.contentHash());
        assertEquals(withMark.contentHash(), new Document("d2", "abc", false, null).contentHash());
    }

    @Test
    void contentHashEncodesNonAsciiAsUtf8() {
        Document crlf = new Document("d", "a\r\nb", false, null);
        Document lf = new Document("d", "a\nb", false, null);
        assertNotEquals(crlf.contentHash(), lf.contentHash());
        assertEquals(64, new Document("d", "\uD83D\uDE00", false, null).contentHash().length());
    }

    @Test
    void unpairedSurrogateIsRejectedWithItsOffset() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> new Document("d7", "ab\uD83Dc", false, null));
        assertTrue(error.getMessage().contains("document 'd7'"), error.getMessage());
        assertTrue(error.getMessage().contains("U+D83D at offset 2"), error.getMessage());
    }

    @Test
    void blankIdIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new Document(" ", "x", false, null));
    }

    @Test
    void offsetsAreBuiltOnceAndShared() {
        Document document = new Document("d", "a\uD83D\uDE00", false, null);
        assertSame(document.offsets(), document.offsets());
        assertEquals(5, document.offsets().utf16ToUtf8(3));
    }

    @Test
    void metadataKeepsKnownFieldsAndBlanksBecomeNull() {
        DocumentMetadata metadata = DocumentMetadata.NONE.withTitle("  ").withLanguage("ja-JP")
                .withDate(LocalDate.of(2025, 3, 1)).withUrl(URI.create("https://example.org/a"));
        assertEquals(null, metadata.title());
        assertEquals("ja-JP", metadata.language());
        Document document = new Document("d", "x", false, null).withMetadata(metadata);
        assertEquals(LocalDate.of(2025, 3, 1), document.metadata().date());
    }

    @Test
    void malformedLanguageTagIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> DocumentMetadata.NONE.withLanguage("not a tag!"));
    }

    @Test
    void documentsWithTheSameContentAreEqual() {
        assertEquals(new Document("d", "x", true, null), Document.imported("d", "\uFEFFx", DocumentMetadata.NONE));
        assertNotEquals(new Document("d", "x", false, null), Document.imported("d", "\uFEFFx", DocumentMetadata.NONE));
    }
}
