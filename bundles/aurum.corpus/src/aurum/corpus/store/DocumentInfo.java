package aurum.corpus.store;

import aurum.core.model.DocumentMetadata;

/**
 * What the store knows about a document without reading its text, for corpus overviews that list
 * thousands of documents.
 *
 * @param id the document id, see {@link DocumentIds}
 * @param contentHash lowercase hex SHA-256 of the text as UTF-8
 * @param length the text length in UTF-16 units
 * @param byteOrderMarkRemoved whether a leading byte order mark was removed on import
 * @param metadata title, source, date, URL and language
 */
public record DocumentInfo(String id, String contentHash, int length, boolean byteOrderMarkRemoved,
        DocumentMetadata metadata) {
}
