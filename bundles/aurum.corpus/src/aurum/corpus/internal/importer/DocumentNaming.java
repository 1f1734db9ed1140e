package aurum.corpus.internal.importer;

import aurum.core.model.DocumentMetadata;
import aurum.corpus.boilerplate.PageTitle;

/**
 * Derives document ids and titles the same way for every importer, so the same file gets the same
 * id whether it came from a folder, an archive or a standoff pair.
 */
public final class DocumentNaming {

    private DocumentNaming() {
    }

    /**
     * Turns a relative path into an id: separators become {@code __}, a trailing {@code .txt} is
     * dropped and anything outside {@code [A-Za-z0-9._-]} becomes {@code _}, so ids are safe as file
     * names on every platform.
     */
    public static String idOf(String relativePath) {
        String path = relativePath.replace('\\', '/');
        if (path.toLowerCase(java.util.Locale.ROOT).endsWith(".txt")) {
            path = path.substring(0, path.length() - 4);
        }
        StringBuilder id = new StringBuilder(path.length());
        for (String segment : path.split("/")) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue; // "./x.txt" (a zip entry) is "x.txt"
            }
            if (!id.isEmpty()) {
                id.append("__");
            }
            for (int i = 0; i < segment.length(); i++) {
                char c = segment.charAt(i);
                boolean safe = c < 128 && (Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '-');
                id.append(safe ? c : '_');
            }
        }
        return id.isEmpty() ? "document" : id.toString();
    }

    /** The title by the shared rule of {@link PageTitle}: the first non-blank line outside boilerplate. */
    public static String titleOf(String text) {
        return PageTitle.of(text);
    }

    /** Metadata naming the source and the title taken from the text. */
    public static DocumentMetadata metadataFor(String source, String text) {
        return metadataFor(source, PageTitle.ofPage(text));
    }

    /** Metadata naming the source and the title of {@code page}. */
    public static DocumentMetadata metadataFor(String source, PageTitle.Titled page) {
        return DocumentMetadata.NONE.withSourceFile(source).withTitle(page.title());
    }
}
