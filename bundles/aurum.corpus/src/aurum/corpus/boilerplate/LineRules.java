package aurum.corpus.boilerplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Keyword rules for single lines, in the phrasing news sites actually use. A rule only fires on short
 * lines (each rule has a word limit) so that an article sentence that merely mentions an
 * "advertisement" or "related talks" is never proposed.
 *
 * <p>Matching every line of every imported page against these expressions was most of the cost of
 * proposing boilerplate, so two shortcuts skip the expression where it cannot match: a rule whose every
 * alternative starts with {@code ^} is tried at the start of the line only, not at every position; and a
 * rule with {@code hints} is tried only on lines containing one of them (every alternative of its
 * expression contains one of its hints, outside any group: LineRulesTest checks this).
 */
final class LineRules {

    /**
     * A rule; {@code startsTail} marks headings after which the rest of the page is not article;
     * {@code hints} (empty: none) are literals one of which every line the pattern matches contains.
     */
    record Rule(String name, RegionKind kind, int maxWords, boolean startsTail, Pattern pattern, List<String> hints,
            boolean anchored) {

        boolean matches(String folded) {
            if (!hints.isEmpty() && !containsAny(folded, hints)) {
                return false;
            }
            return anchored ? pattern.matcher(folded).lookingAt() : pattern.matcher(folded).find();
        }

        /** A plain loop: this runs for every line of every imported page. */
        private static boolean containsAny(String line, List<String> literals) {
            for (String literal : literals) {
                if (line.contains(literal)) {
                    return true;
                }
            }
            return false;
        }
    }

    private static final List<Rule> RULES = List.of(
            rule("advertisement label", RegionKind.AD, 4, false,
                    "^(advertisement|advertisements|sponsored( content| stories| links)?|promoted( content)?|ads? by .*)$"),
            rule("ad-blocker notice", RegionKind.AD, 20, false, "adblock|ad blocker|disabling your ad",
                    "adblock", "ad blocker", "disabling your ad"),
            rule("share buttons", RegionKind.SHARE, 6, false,
                    "^(share( this( article| story)?| on| via)?|tweet|pin it|email|print|whatsapp|facebook|twitter|"
                            + "linkedin|reddit|telegram|connect with us|follow us.*|click to share.*)[:!]?$"),
            rule("comment form", RegionKind.COMMENT_FORM, 20, false,
                    "leave a (comment|reply)|your email address will not be published|required fields are marked"
                            + "|^please enter your (comment|name|email)|^(post|submit) (a )?comment|save my name, email"
                            + "|^notify me of|^\\d* ?comments?( \\(\\d+\\))?:?$",
                    "leave a ", "your email address will not be published", "required fields are marked",
                    "please enter your ", "comment", "save my name, email", "notify me of"),
            rule("navigation", RegionKind.NAVIGATION, 8, false,
                    "^back to top|^skip to( main)? content|what are you looking for|^type (your search|and hit enter)"
                            + "|^(home|menu|search|subscribe|sign in|sign up|log in|login|register|newsletter)$"
                            + "|^home ?[>»/|]|^(next|previous) (article|post|story)"),
            rule("related-stories heading", RegionKind.RELATED_STORIES, 5, true,
                    "^((related|more|featured|recommended|popular|trending|latest|top) (articles|stories|posts|news|reads)"
                            + "|you (may|might) (also )?like.*|read (more|also|next).*|see also|more from .*|also read.*"
                            + "|don't miss.*)[:!]?$"),
            rule("author footer", RegionKind.FOOTER, 4, true, "^(source credits?|about the author|author bio)[:]?$"),
            rule("legal footer", RegionKind.FOOTER, 15, false,
                    "©|^copyright\\b|all rights reserved|^privacy policy$|^terms of (use|service)$|^cookie policy$"
                            + "|^contact us$|^about us$",
                    "©", "copyright", "all rights reserved", "privacy policy", "terms of ", "cookie policy",
                    "contact us", "about us"),
            rule("cookie notice", RegionKind.FOOTER, 40, false,
                    "we use cookies|this (web)?site uses cookies|accept (all )?cookies|cookie (settings|consent)",
                    "cookie"),
            rule("metadata", RegionKind.OTHER, 6, false,
                    "^(story code|article id|photo|image|credit|picture|video|source|updated|published) ?:"),
            rule("byline", RegionKind.OTHER, 5, false, "^by \\p{L}[\\p{L}.' -]+$"),
            rule("dateline", RegionKind.OTHER, 8, false,
                    "^(date )?\\d{4}-\\d{2}-\\d{2}\\b.*|^((mon|tues|wednes|thurs|fri|satur|sun)day,? )?\\d{1,2} "
                            + "(january|february|march|april|may|june|july|august|september|october|november|december)"
                            + " \\d{4}( ?[-,|] ?\\d{1,2}:\\d{2})?$"));

    private LineRules() {
    }

    private static Rule rule(String name, RegionKind kind, int maxWords, boolean startsTail, String regex,
            String... hints) {
        boolean anchored = alternatives(regex).stream().allMatch(a -> a.startsWith("^"));
        return new Rule(name, kind, maxWords, startsTail, Pattern.compile(regex), List.of(hints), anchored);
    }

    /** Every rule, in the order they are tried. */
    static List<Rule> rules() {
        return RULES;
    }

    /** The first rule that fires on a line of this shape, if any. */
    static Optional<Rule> match(LineShape shape) {
        for (Rule rule : RULES) {
            if (shape.words() <= rule.maxWords() && rule.matches(shape.folded())) {
                return Optional.of(rule);
            }
        }
        return Optional.empty();
    }

    /**
     * The top-level alternatives of a regular expression: split at each {@code |} outside groups and
     * character classes (escapes skipped).
     */
    static List<String> alternatives(String regex) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        boolean inClass = false;
        int start = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                parts.add(regex.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(regex.substring(start));
        return parts;
    }
}
