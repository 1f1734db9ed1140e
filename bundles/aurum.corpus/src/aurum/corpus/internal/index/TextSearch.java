package aurum.corpus.internal.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * How text is made searchable. Lucene's {@link StandardAnalyzer} splits words by Unicode rules
 * (UAX #29; ideographs become one token each) and lower-cases them; no stop words, so "the" can be
 * found. Before that, text and queries are NFKC-normalised (full-width letters, ligatures) and every
 * kind of quote and apostrophe becomes a space, so {@code don’t} and {@code don't} are the same two
 * tokens and {@code Biden} finds {@code Biden’s}.
 */
final class TextSearch {

    static final String FIELD = "text";

    private static final String QUOTES = "'\u2018\u2019\u201A\u201B\u2032\u02BC`\u00B4\"\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB";
    private static final String PHRASE_MARKS = "\"\u201C\u201D\u201E";

    private final Analyzer analyzer = new StandardAnalyzer(CharArraySet.EMPTY_SET);

    Analyzer analyzer() {
        return analyzer;
    }

    /** The text as it is handed to the analyzer, for indexing and querying alike. */
    static String normalize(String text) {
        String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder s = new StringBuilder(nfkc.length());
        for (int i = 0; i < nfkc.length(); i++) {
            char c = nfkc.charAt(i);
            s.append(QUOTES.indexOf(c) >= 0 ? ' ' : c);
        }
        return s.toString();
    }

    /**
     * All words of {@code userQuery} must occur; text between double quotes (straight or curly) must
     * occur as a phrase, and so must a word the analyzer splits into several tokens ({@code don't},
     * {@code 東京}).
     */
    Query query(String userQuery) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        boolean any = false;
        boolean inPhrase = false;
        StringBuilder part = new StringBuilder();
        for (int i = 0; i <= userQuery.length(); i++) {
            char c = i < userQuery.length() ? userQuery.charAt(i) : PHRASE_MARKS.charAt(0);
            if (PHRASE_MARKS.indexOf(c) < 0) {
                part.append(c);
                continue;
            }
            List<String> words = inPhrase ? List.of(part.toString()) : List.of(part.toString().split("\\s+"));
            for (String word : words) {
                Query q = phrase(tokens(word));
                if (q != null) {
                    all.add(q, Occur.FILTER);
                    any = true;
                }
            }
            part.setLength(0);
            inPhrase = !inPhrase;
        }
        return any ? all.build() : new MatchNoDocsQuery("no words to search for in '" + userQuery + "'");
    }

    private static Query phrase(List<String> tokens) {
        if (tokens.isEmpty()) {
            return null;
        }
        if (tokens.size() == 1) {
            return new TermQuery(new Term(FIELD, tokens.get(0)));
        }
        return new PhraseQuery(FIELD, tokens.toArray(String[]::new));
    }

    private List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(FIELD, normalize(text))) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // cannot happen: the analyzer reads a String
        }
        return tokens;
    }
}
