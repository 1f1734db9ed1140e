package aurum.corpus.boilerplate;

import java.util.List;

/**
 * The one rule for a document's title, used by every importer and by the folder listing: the first
 * non-blank line outside the proposed boilerplate (so a page starting with "Connect with us" gets its
 * headline), or the first non-blank line when everything is boilerplate; stripped and cut to
 * {@value #MAX_LENGTH} characters. Stateless and thread-safe.
 */
public final class PageTitle {

    /** Titles longer than this are cut: they are shown in lists and tabs. */
    public static final int MAX_LENGTH = 200;

    private PageTitle() {
    }

    /**
     * Only this many leading characters are read for the title (cut at a line end): a headline sits at
     * the top, and proposing boilerplate for a 200 MB text just to title it would cost gigabytes.
     */
    static final int HEAD = 64 * 1024;

    /** The title of {@code text}; {@code null} when the text is blank. */
    public static String of(String text) {
        return ofPage(text).title();
    }

    /**
     * The title of a page, and the boilerplate proposed to find it.
     *
     * @param title the title, {@code null} when the text is blank
     * @param regions what {@link BoilerplateDetector#propose} returns for the whole text, or {@code null}
     *        when the text is longer than {@link #HEAD} and only its head was read
     */
    public record Titled(String title, List<ExcludedRegion> regions) {
    }

    /**
     * The title of {@code text} with the regions proposed for it. Importers hand the regions on to the
     * corpus store ({@code DocumentBatch.add(Document, List)}), which would otherwise propose them again.
     */
    public static Titled ofPage(String text) {
        if (text.length() <= HEAD) {
            List<ExcludedRegion> regions = new BoilerplateDetector().propose(text);
            return new Titled(of(text, regions), regions);
        }
        int cut = text.indexOf('\n', HEAD);
        String head = text.substring(0, cut < 0 ? HEAD : cut + 1);
        return new Titled(of(head, new BoilerplateDetector().propose(head)), null);
    }

    /** The title of {@code text} whose boilerplate {@code regions} are known already. */
    public static String of(String text, List<ExcludedRegion> regions) {
        String fallback = null;
        int start = 0;
        while (start < text.length()) {
            int end = start;
            while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
            String line = text.substring(start, end).strip();
            if (!line.isEmpty()) {
                int from = start;
                int to = end;
                String cut = line.length() > MAX_LENGTH ? line.substring(0, MAX_LENGTH) : line;
                if (regions.stream().noneMatch(r -> r.overlaps(from, to))) {
                    return cut;
                }
                if (fallback == null) {
                    fallback = cut;
                }
            }
            start = end + 1;
        }
        return fallback;
    }
}
