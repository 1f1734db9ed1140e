package aurum.corpus.boilerplate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Pins the proposals on the five real sample pages: the article from its first to its last real
 * paragraph is kept, and the boilerplate we can see by reading the pages is proposed.
 */
class SampleCorpusBoilerplateTest {

    private static final Path SAMPLES = Path.of(System.getProperty("aurum.samples", "../../samples"), "us-japan-defense");
    private final BoilerplateDetector detector = new BoilerplateDetector();

    @Test
    void page000KeepsArticleAndDropsAuthorCredits() throws IOException {
        Page page = page("000_a32fd7d8af559016.txt");
        page.assertKept("US, Japan solidify cross continental relations");
        page.assertKept("In pursuit of strengthening their defense cooperation");
        page.assertKept("until a third negative test.");
        page.assertProposed("Source Credits:", RegionKind.FOOTER);
        page.assertProposed("By Priya Deshmukh", RegionKind.FOOTER);
        page.assertProposed("Priya writes news articles for across business", RegionKind.FOOTER);
        assertEquals(1, page.regions.size(), page.regions::toString);
    }

    @Test
    void page001KeepsArticleAndDropsTailWidgets() throws IOException {
        Page page = page("001_f678337dce6c3a19.txt");
        page.assertKept("The US plans to sign a new military collaboration pact");
        page.assertKept("undermined international non-proliferation efforts.");
        page.assertProposed("Related Articles", RegionKind.RELATED_STORIES);
        page.assertProposed("Back to top button", RegionKind.NAVIGATION);
        page.assertProposed("Adblock Detected", RegionKind.AD);
        page.assertProposed("Please consider supporting us by disabling your ad blocker", RegionKind.AD);
    }

    @Test
    void page002KeepsSubheadingsAndDropsCommentForm() throws IOException {
        Page page = page("002_22943c359632a2c4.txt");
        page.assertKept("Secretary of State Antony Blinken announced the US and Japan");
        page.assertKept("The Deal Leading to Better Relations");
        page.assertKept("The Burden of the Cost");
        page.assertKept("which he claimed violated UN Security Council sanctions.");
        page.assertProposed("Please enter your comment!", RegionKind.COMMENT_FORM);
        page.assertProposed("Please enter your name here", RegionKind.COMMENT_FORM);
        assertEquals(1, page.regions.size(), page.regions::toString);
    }

    @Test
    void page003KeepsHeadlineBulletsAndDropsHeaderAndTeasers() throws IOException {
        Page page = page("003_261ee4acecaa973c.txt");
        page.assertKept("U.S. and Japan Strengthen Defense Alliance With New Agreements\n");
        page.assertKept("JAPAN (Washington Insider Magazine)");
        page.assertKept("Strategic Defense Alignment");
        page.assertKept("Research, Development, Test, and Evaluation Memorandum");
        page.assertKept("amid an increasingly complex geopolitical landscape.");
        page.assertProposed("Connect with us", RegionKind.SHARE);
        page.assertProposed("Hi, what are you looking for?", RegionKind.NAVIGATION);
        page.assertProposed("Security & Defense", RegionKind.NAVIGATION);
        page.assertProposed("Credit: DOD News", RegionKind.OTHER);
        page.assertProposed("You May Also Like", RegionKind.RELATED_STORIES);
        page.assertProposed("Is it illegal to drink at work?", RegionKind.RELATED_STORIES);
        page.assertProposed("partisan warfare, but they admit", RegionKind.RELATED_STORIES);
    }

    @Test
    void page004KeepsArticleAndDropsMetadataAndStoryLists() throws IOException {
        Page page = page("004_62ae7363d976784e.txt");
        page.assertKept("US, Japan To Sign New Military Partnership Deal");
        page.assertKept("The two countries on Friday voiced strong concern");
        page.assertKept("possession of the so-called enemy-strike capabilities.\"");
        page.assertProposed("Saturday 8 January 2022 - 07:19", RegionKind.OTHER);
        page.assertProposed("Story Code : 972503", RegionKind.OTHER);
        page.assertProposed("Related Stories", RegionKind.RELATED_STORIES);
        page.assertProposed("Comment", RegionKind.COMMENT_FORM);
        page.assertProposed("Featured Stories", RegionKind.RELATED_STORIES);
        page.assertProposed("North Korea Fires Suspected Ballistic Missile", RegionKind.RELATED_STORIES);
        page.assertProposed("3 January 2022", RegionKind.RELATED_STORIES);
    }

    @Test
    void everySampleGetsSortedNonOverlappingRegions() throws IOException {
        try (var files = Files.list(SAMPLES)) {
            for (Path file : files.toList()) {
                Page page = page(file.getFileName().toString());
                for (int i = 1; i < page.regions.size(); i++) {
                    assertTrue(page.regions.get(i - 1).end() <= page.regions.get(i).start(), file::toString);
                }
            }
        }
    }

    private Page page(String name) throws IOException {
        String text = Files.readString(SAMPLES.resolve(name), StandardCharsets.UTF_8);
        return new Page(text, detector.propose(text));
    }

    /** A sample with its proposal, and assertions phrased as a reader would check them. */
    private record Page(String text, List<ExcludedRegion> regions) {

        void assertKept(String snippet) {
            int at = indexOf(snippet);
            assertTrue(regions.stream().noneMatch(r -> r.overlaps(at, at + snippet.length())),
                    () -> "article text proposed as boilerplate: " + snippet + " in " + regions);
        }

        void assertProposed(String snippet, RegionKind kind) {
            int at = indexOf(snippet);
            assertTrue(regions.stream().anyMatch(r -> r.covers(at, at + snippet.length()) && r.kind() == kind),
                    () -> "not proposed as " + kind + ": " + snippet + " in " + regions);
        }

        private int indexOf(String snippet) {
            int at = text.indexOf(snippet);
            assertTrue(at >= 0, () -> "snippet not in sample: " + snippet);
            return at;
        }
    }
}
