package aurum.corpus.boilerplate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The shortcuts of {@link LineRules} (hints, anchoring) and of {@link LineShape} (stop words looked up
 * without substrings) never change what a line is taken for.
 */
class LineRulesTest {

    private static final Path SAMPLES = Path.of(System.getProperty("aurum.samples", "../../samples"), "us-japan-defense");

    /** Lines each rule is written for, and near misses. */
    private static final List<String> CRAFTED = List.of("Advertisement", "Sponsored content", "ads by Google",
            "Please disable your adblock", "We noticed you are using an ad blocker, please consider disabling your ad"
                    + " blocker", "Share this article", "Follow us on X", "Leave a Reply", "Leave a comment below",
            "Your email address will not be published. Required fields are marked *", "Please enter your comment!",
            "Post a comment", "Save my name, email, and website in this browser", "Notify me of new posts",
            "12 comments", "Comments (3):", "Back to top", "What are you looking for?", "Home » World", "Next article",
            "Related stories", "You may also like", "Read more: Tokyo talks", "Source credits", "About the author",
            "© 2024 Example News", "Copyright 2024", "All rights reserved.", "Privacy policy", "Terms of service",
            "Contact us", "We use cookies to improve your experience", "This website uses cookies",
            "Accept all cookies", "Cookie settings", "Photo: Reuters", "Updated : 3 May", "By Antony Blinken",
            "2024-05-03 10:00", "Friday, 3 May 2024 | 10:30", "The advertisement market grew", "Comments from the minister"
                    + " were brief", "He said cookies were served", "Terms of the deal were not disclosed",
            "The home secretary said", "About us and them");

    @Test
    void shortcutsAgreeWithThePlainExpressions() throws IOException {
        List<String> lines = new ArrayList<>(CRAFTED);
        try (Stream<Path> files = Files.list(SAMPLES)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                lines.addAll(Files.readString(file, StandardCharsets.UTF_8).lines().toList());
            }
        }
        int fired = 0;
        for (String line : lines) {
            String folded = LineShape.fold(line.strip());
            for (LineRules.Rule rule : LineRules.rules()) {
                boolean plain = rule.pattern().matcher(folded).find();
                assertEquals(plain, rule.matches(folded), rule.name() + " on \"" + line + "\"");
                fired += plain ? 1 : 0;
            }
        }
        assertTrue(fired >= CRAFTED.size() - 8, "rules fired " + fired + " times"); // the lines do exercise the rules
    }

    @Test
    void everyAlternativeOfAHintedRuleContainsAHintOutsideGroups() {
        for (LineRules.Rule rule : LineRules.rules()) {
            if (rule.hints().isEmpty()) {
                continue;
            }
            for (String hint : rule.hints()) {
                assertTrue(hint.chars().noneMatch(c -> "\\^$.|?*+()[]{}".indexOf(c) >= 0), rule.name() + ": " + hint);
            }
            for (String alternative : LineRules.alternatives(rule.pattern().pattern())) {
                assertTrue(rule.hints().stream().anyMatch(h -> literalAtTopLevel(alternative, h)),
                        rule.name() + ": no hint is certain to occur in a line matching \"" + alternative + "\"");
            }
        }
    }

    @Test
    void alternativesAreSplitOutsideGroupsAndClasses() {
        assertEquals(List.of("^a(b|c)", "[|x]d", "e\\|f"), LineRules.alternatives("^a(b|c)|[|x]d|e\\|f"));
    }

    @Test
    void stopWordsAreFoundWithoutCuttingTokens() {
        for (String word : List.of("a", "the", "through", "would", "your")) {
            String line = "x " + word + " y";
            assertTrue(LineShape.isStopWord(line, 2, 2 + word.length()), word);
        }
        for (String word : List.of("thee", "th", "throughout", "th\u00e9", "yours", "", "\u0000a")) {
            assertFalse(LineShape.isStopWord(word, 0, word.length()), word);
        }
        assertEquals(0.5, LineShape.of("The minister").stopWordRatio());
    }

    /** Whether {@code hint} occurs in {@code alternative} outside every group and not before a quantifier. */
    private static boolean literalAtTopLevel(String alternative, String hint) {
        for (int at = alternative.indexOf(hint); at >= 0; at = alternative.indexOf(hint, at + 1)) {
            int depth = 0;
            for (int i = 0; i < at; i++) {
                char c = alternative.charAt(i);
                if (c == '\\') {
                    i++;
                } else if (c == '(') {
                    depth++;
                } else if (c == ')') {
                    depth--;
                }
            }
            int after = at + hint.length();
            boolean quantified = after < alternative.length() && "?*{".indexOf(alternative.charAt(after)) >= 0;
            boolean escapedBefore = at > 0 && alternative.charAt(at - 1) == '\\';
            if (depth == 0 && !quantified && !escapedBefore) {
                return true;
            }
        }
        return false;
    }
}
