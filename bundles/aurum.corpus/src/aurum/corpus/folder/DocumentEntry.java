package aurum.corpus.folder;

import java.nio.file.Path;

/**
 * One document of a text folder as a navigator or the command line shows it.
 *
 * @param id    the file name without {@code .txt}
 * @param title the first non-blank line outside proposed boilerplate, trimmed (the headline in news articles)
 * @param file  the text file
 * @param chars the length of the text in UTF-16 chars, after BOM removal
 */
public record DocumentEntry(String id, String title, Path file, int chars) {
}
