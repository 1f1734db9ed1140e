/**
 * A dictionary matcher for recognizers: finds every entry of a large word list (100,000 entries and
 * more) in one pass over the text, in time linear in the text's length.
 * <p>
 * Build one with {@link aurum.labels.gazetteer.Gazetteer#builder()}, add entries with a payload each
 * (typically a label id and attributes), then {@link aurum.labels.gazetteer.Gazetteer#find find} or
 * {@link aurum.labels.gazetteer.Gazetteer#scan scan} texts with it. A built gazetteer is immutable and
 * may be shared between threads. Options: locale-independent case folding, whole-word matching, and
 * whitespace folding (any single whitespace character matches any other); match modes: all matches,
 * or leftmost-longest non-overlapping.
 * <p>
 * Whole-word gazetteers (what recognizers use) match words, not characters: the text is read as a
 * sequence of words and single other characters, each looked up once in a hash table of the
 * dictionary's words, and an Aho–Corasick automaton over word ids finds the phrases. Other gazetteers
 * use an Aho–Corasick automaton over UTF-16 code units.
 */
package aurum.labels.gazetteer;
