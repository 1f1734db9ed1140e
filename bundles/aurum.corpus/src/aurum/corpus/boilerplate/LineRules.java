package aurum.corpus.boilerplate;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Keyword rules for single lines, in the phrasing news sites actually use. A rule only fires on short
 * lines (each rule has a word limit) so that an article sentence that merely mentions an
 * "advertisement" or "related talks" is never proposed.
 */
final class LineRules {

    /** A rule; {@code startsTail} marks headings after which the rest of the page is not article. */
    record Rule(String name, RegionKind kind, int maxWords, boolean startsTail, Pattern pattern) {
    }

    private static final List<Rule> RULES = List.of(
            rule("advertisement label", RegionKind.AD, 4, false,
                    "^(advertisement|advertisements|sponsored( content| stories| links)?|promoted( content)?|ads? by .*)$"),
            rule("ad-blocker notice", RegionKind.AD, 20, false, "adblock|ad blocker|disabling your ad"),
            rule("share buttons", RegionKind.SHARE, 6, false,
                    "^(share( this( article| story)?| on| via)?|tweet|pin it|email|print|whatsapp|facebook|twitter|"
                            + "linkedin|reddit|telegram|connect with us|follow us.*|click to share.*)[:!]?$"),
            rule("comment form", RegionKind.COMMENT_FORM, 20, false,
                    "leave a (comment|reply)|your email address will not be published|required fields are marked"
                            + "|^please enter your (comment|name|email)|^(post|submit) (a )?comment|save my name, email"
                            + "|^notify me of|^\\d* ?comments?( \\(\\d+\\))?:?$"),
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
                    "©|^copyright\\b|all rights reserved|^(privacy policy|terms of (use|service)|cookie policy"
                            + "|contact us|about us)$"),
            rule("cookie notice", RegionKind.FOOTER, 40, false,
                    "we use cookies|this (web)?site uses cookies|accept (all )?cookies|cookie (settings|consent)"),
            rule("metadata", RegionKind.OTHER, 6, false,
                    "^(story code|article id|photo|image|credit|picture|video|source|updated|published) ?:"),
            rule("byline", RegionKind.OTHER, 5, false, "^by \\p{L}[\\p{L}.' -]+$"),
            rule("dateline", RegionKind.OTHER, 8, false,
                    "^(date )?\\d{4}-\\d{2}-\\d{2}\\b.*|^((mon|tues|wednes|thurs|fri|satur|sun)day,? )?\\d{1,2} "
                            + "(january|february|march|april|may|june|july|august|september|october|november|december)"
                            + " \\d{4}( ?[-,|] ?\\d{1,2}:\\d{2})?$"));

    private LineRules() {
    }

    private static Rule rule(String name, RegionKind kind, int maxWords, boolean startsTail, String regex) {
        return new Rule(name, kind, maxWords, startsTail, Pattern.compile(regex));
    }

    /** The first rule that fires on a line of this shape, if any. */
    static Optional<Rule> match(LineShape shape) {
        for (Rule rule : RULES) {
            if (shape.words() <= rule.maxWords() && rule.pattern().matcher(shape.folded()).find()) {
                return Optional.of(rule);
            }
        }
        return Optional.empty();
    }
}
