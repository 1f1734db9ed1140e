package aurum.core.model;

import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.IllformedLocaleException;
import java.util.Locale;

/**
 * What is known about where a document came from. Every field is optional because importers see
 * anything from bare text files to full news feeds; blank strings are stored as {@code null}.
 *
 * @param sourceFile the file the text was imported from, as given to the importer
 * @param title the headline or title
 * @param date the publication date
 * @param url where the document was published
 * @param language a BCP 47 language tag such as {@code en} or {@code ja-JP}
 */
public record DocumentMetadata(String sourceFile, String title, LocalDate date, URI url, String language) {

    /** Metadata that knows nothing. */
    public static final DocumentMetadata NONE = new DocumentMetadata(null, null, null, null, null);

    /** Normalises blanks and checks the language tag. */
    public DocumentMetadata {
        sourceFile = blankToNull(sourceFile);
        title = blankToNull(title);
        language = blankToNull(language);
        if (language != null) {
            try {
                new Locale.Builder().setLanguageTag(language);
            } catch (IllformedLocaleException e) {
                throw new IllegalArgumentException("language '" + language + "' is not a BCP 47 language tag"
                        + " (for example 'en' or 'ja-JP')", e);
            }
        }
    }

    /** Metadata naming only the source file. */
    public static DocumentMetadata ofSource(Path file) {
        return NONE.withSourceFile(file.toString());
    }

    /** A copy with another source file. */
    public DocumentMetadata withSourceFile(String value) {
        return new DocumentMetadata(value, title, date, url, language);
    }

    /** A copy with another title. */
    public DocumentMetadata withTitle(String value) {
        return new DocumentMetadata(sourceFile, value, date, url, language);
    }

    /** A copy with another date. */
    public DocumentMetadata withDate(LocalDate value) {
        return new DocumentMetadata(sourceFile, title, value, url, language);
    }

    /** A copy with another URL. */
    public DocumentMetadata withUrl(URI value) {
        return new DocumentMetadata(sourceFile, title, date, value, language);
    }

    /** A copy with another language tag. */
    public DocumentMetadata withLanguage(String value) {
        return new DocumentMetadata(sourceFile, title, date, url, value);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
