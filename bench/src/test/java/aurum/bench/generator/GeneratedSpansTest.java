package aurum.bench.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Every gold span is usable: valid UTF-16 boundaries, non-empty, no whitespace at its ends. */
class GeneratedSpansTest {

    private static final int DOCS = 2000;
    private final DocumentSource source = new DocumentSource(2024);

    @Test
    void everySpanHasValidBoundariesAndTrimmedNonEmptyText() {
        for (int n = 1; n <= DOCS; n++) {
            NewsDocument doc = source.document(n);
            String text = doc.text();
            for (Span s : doc.spans()) {
                String where = doc.id() + " " + s;
                assertTrue(0 <= s.start() && s.start() < s.end() && s.end() <= text.length(), where);
                assertFalse(Character.isLowSurrogate(text.charAt(s.start())), where);
                assertFalse(s.end() < text.length() && Character.isLowSurrogate(text.charAt(s.end())), where);
                String covered = text.substring(s.start(), s.end());
                assertEquals(covered.strip(), covered, where);
                assertFalse(Character.isSpaceChar(covered.charAt(0)) || Character.isSpaceChar(covered.charAt(covered.length() - 1)), where);
                assertTrue(Set.of("AMOUNT", "OFFICIAL", "WEAPON").contains(s.label()), where);
            }
        }
    }

    @Test
    void corpusHasTheAwkwardCasesInRoughlyTheAskedProportions() {
        int crlf = 0;
        int nonAscii = 0;
        int astral = 0;
        int nested = 0;
        int spans = 0;
        int duplicates = 0;
        for (int n = 1; n <= DOCS; n++) {
            NewsDocument doc = source.document(n);
            crlf += doc.text().contains("\r\n") ? 1 : 0;
            nonAscii += doc.text().chars().anyMatch(c -> c > 127) ? 1 : 0;
            astral += doc.text().codePoints().anyMatch(Character::isSupplementaryCodePoint) ? 1 : 0;
            duplicates += doc.nearDuplicateOf() == null ? 0 : 1;
            spans += doc.spans().size();
            for (Span s : doc.spans()) {
                nested += doc.spans().stream().anyMatch(o -> o != s && o.start() <= s.start() && s.end() <= o.end()) ? 1 : 0;
            }
        }
        assertTrue(crlf > DOCS * 0.07 && crlf < DOCS * 0.13, "CRLF documents " + crlf);
        assertTrue(nonAscii > DOCS * 0.5, "non-ASCII documents " + nonAscii);
        assertTrue(astral > 10 && astral < DOCS * 0.1, "documents with emoji " + astral);
        assertTrue(duplicates > DOCS * 0.03 && duplicates < DOCS * 0.07, "near-duplicates " + duplicates);
        assertTrue(nested > spans * 0.01 && nested < spans * 0.04, "nested spans " + nested + " of " + spans);
    }

    @Test
    void officialsAreIntroducedWithTitleThenMentionedBySurname() {
        NewsDocument doc = source.document(3);
        var officials = doc.spans().stream().filter(s -> s.label().equals("OFFICIAL"))
                .map(s -> doc.text().substring(s.start(), s.end())).toList();
        assertTrue(officials.get(0).split(" ").length >= 3, officials::toString);
        assertTrue(officials.stream().anyMatch(o -> !o.contains(" ")), officials::toString);
    }

    @Test
    void nearDuplicateDiffersFromItsOriginalInOnlyAFewWords() {
        for (int n = 2; n <= DOCS; n++) {
            NewsDocument copy = source.document(n);
            if (copy.nearDuplicateOf() != null) {
                NewsDocument original = source.document(Integer.parseInt(copy.nearDuplicateOf().substring(4)));
                assertEquals(null, original.nearDuplicateOf(), "copies are made of originals");
                assertNotEquals(original.text(), copy.text());
                List<String> a = List.of(original.text().split("(?<=[.,]) "));
                Set<String> b = Set.copyOf(List.of(copy.text().split("(?<=[.,]) ")));
                long same = a.stream().filter(b::contains).count();
                assertTrue(same > 0.6 * a.size(), copy.id() + " keeps " + same + " of " + a.size() + " clauses");
                assertTrue(same < a.size(), copy.id() + " changed nothing");
            }
        }
    }
}
