package aurum.corpus.boilerplate;

import java.util.List;

/** Views of a page with proposed regions taken out, for consumers that only want the article. */
public final class RegionText {

    private RegionText() {
    }

    /**
     * The page with every region replaced by spaces (line terminators inside regions are kept), so
     * offsets into the result are still offsets into the page.
     */
    public static String blankOut(String page, List<ExcludedRegion> regions) {
        StringBuilder sb = new StringBuilder(page);
        for (ExcludedRegion r : regions) {
            for (int i = r.start(); i < r.end(); i++) {
                char c = sb.charAt(i);
                if (c != '\n' && c != '\r') {
                    sb.setCharAt(i, ' ');
                }
            }
        }
        return sb.toString();
    }
}
