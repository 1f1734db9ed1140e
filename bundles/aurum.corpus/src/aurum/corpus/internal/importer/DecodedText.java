package aurum.corpus.internal.importer;

import java.util.Optional;

import aurum.corpus.importer.ImportWarning;

/**
 * The text of one file after decoding, without its byte order mark.
 *
 * @param text the decoded characters
 * @param byteOrderMarkRemoved whether a leading byte order mark was dropped
 * @param encoding the name of the encoding used
 * @param warning set when the encoding had to be guessed
 */
public record DecodedText(String text, boolean byteOrderMarkRemoved, String encoding,
        Optional<ImportWarning> warning) {
}
