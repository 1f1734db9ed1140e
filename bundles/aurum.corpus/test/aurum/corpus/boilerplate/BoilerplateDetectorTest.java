package aurum.corpus.boilerplate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Behaviour of the heuristic on small synthetic pages, including line-ending and UTF-16 edge cases. */
class BoilerplateDetectorTest {

    private static final String PROSE = "The minister said on Tuesday that the two governments would sign the"
            + " agreement in the spring, after months of talks about the cost of the bases.";
    private static final String PROSE2 = "Officials in Tokyo told reporters that the deal was not final and that"
            + " the details of the plan would be published by the end of the year.";

    private final BoilerplateDetector detector = new BoilerplateDetector();

    @Test
    void emptyAndBlankPagesHaveNoRegions() {
        assertEquals(List.of(), detector.propose(""));
        assertEquals(List.of(), detector.propose("\n\r\n \u00a0\n"));
    }

    @Test
    void menuRunAboveHeadlineIsNavigationButHeadlineIsKept() {
        String page = "Home\nWorld\nPolitics\nBusiness\n\nTokyo and Washington agree on new base costs\n\n" + PROSE;
        List<ExcludedRegion> regions = detector.propose(page);
        assertEquals(1, regions.size(), regions::toString);
        assertEquals("Home\nWorld\nPolitics\nBusiness", regions.get(0).textIn(page));
        assertEquals(RegionKind.NAVIGATION, regions.get(0).kind());
    }

    @Test
    void sentenceMentioningAdvertisementIsNotAnAd() {
        String page = "Headline about ads\n\n" + PROSE + "\n\nThe advertisement that ran on Sunday drew"
                + " complaints from the ministry and from several of the smaller parties in the parliament.\n\n"
                + PROSE2;
        assertEquals(List.of(), detector.propose(page));
    }

    @Test
    void advertisementLabelBetweenParagraphsIsAnAd() {
        String page = PROSE + "\n\nAdvertisement\n\n" + PROSE2;
        List<ExcludedRegion> regions = detector.propose(page);
        assertEquals(1, regions.size());
        assertEquals("Advertisement", regions.get(0).textIn(page));
        assertEquals(RegionKind.AD, regions.get(0).kind());
    }

    @Test
    void shortListInsideArticleIsKept() {
        String page = PROSE + "\n\nTokyo\nOsaka\nNagoya\n\n" + PROSE2 + "\n\n" + PROSE;
        assertEquals(List.of(), detector.propose(page));
    }

    @Test
    void commentFormAndCookieNoticeAreProposed() {
        String page = PROSE + "\n\n" + PROSE2 + "\n\nLeave a Reply\nYour email address will not be published."
                + " Required fields are marked *\n\nWe use cookies to improve your experience. By continuing you"
                + " accept our use of cookies.";
        List<ExcludedRegion> regions = detector.propose(page);
        assertEquals(List.of(RegionKind.COMMENT_FORM, RegionKind.FOOTER),
                regions.stream().map(ExcludedRegion::kind).toList());
        assertTrue(regions.get(0).textIn(page).startsWith("Leave a Reply"));
    }

    @Test
    void relatedHeadingInFirstHalfDoesNotSwallowTheArticle() {
        String page = PROSE + "\n\nRelated Stories\n\n" + PROSE2 + "\n\n" + PROSE + "\n\n" + PROSE2;
        List<ExcludedRegion> regions = detector.propose(page);
        assertEquals(1, regions.size());
        assertEquals("Related Stories", regions.get(0).textIn(page));
    }

    @Test
    void crlfAndLoneCrGiveTheSameRegionsAsLf() {
        String lf = "Share this\n\nHeadline of the day\n\n" + PROSE + "\n\n" + PROSE2 + "\n\nRelated Articles\n"
                + "First story title\nSecond story title\n";
        for (String eol : List.of("\r\n", "\r")) {
            String other = lf.replace("\n", eol);
            List<String> expected = texts(lf, detector.propose(lf));
            List<String> actual = texts(other, detector.propose(other)).stream()
                    .map(s -> s.replace(eol, "\n")).toList();
            assertEquals(expected, actual, "line ending " + eol.replace("\r", "CR").replace("\n", "LF"));
            assertFalse(actual.isEmpty());
        }
    }

    @Test
    void regionsNeverSplitSurrogatePairs() {
        String page = "\ud83d\udcf0 Menu \ud83d\udcf0\nTop \ud83d\ude00\nNews \ud83d\ude00\n\nA headline"
                + " here today\n\n" + PROSE + "\n\n" + PROSE2 + "\n\nRelated Stories\n\ud83d\ude00 Story one"
                + " \ud83d\ude00";
        List<ExcludedRegion> regions = detector.propose(page);
        assertFalse(regions.isEmpty());
        for (ExcludedRegion r : regions) {
            assertFalse(Character.isLowSurrogate(page.charAt(r.start())), r::toString);
            assertTrue(r.end() == page.length() || !Character.isLowSurrogate(page.charAt(r.end())), r::toString);
        }
        assertTrue(regions.get(regions.size() - 1).textIn(page).endsWith("\ud83d\ude00"));
    }

    @Test
    void blankOutKeepsOffsetsAndLineBreaks() {
        String page = PROSE + "\n\nAdvertisement\r\n" + PROSE2;
        String blanked = RegionText.blankOut(page, detector.propose(page));
        assertEquals(page.length(), blanked.length());
        assertFalse(blanked.contains("Advertisement"));
        assertTrue(blanked.contains("\n\n             \r\n"));
    }

    private static List<String> texts(String page, List<ExcludedRegion> regions) {
        return regions.stream().map(r -> r.kind() + ":" + r.textIn(page)).toList();
    }
}
