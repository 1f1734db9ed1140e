package aurum.corpus.internal.index;

import aurum.core.model.LayerState;
import aurum.corpus.index.DocumentQuery;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.util.BytesRef;

/** Turns a {@link DocumentQuery} into a Lucene query over the fields of {@link IndexFields}. */
final class QueryTranslator {

    private final TextSearch text;

    QueryTranslator(TextSearch text) {
        this.text = text;
    }

    Query translate(DocumentQuery query) {
        if (query.isAll()) {
            return new MatchAllDocsQuery();
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(new MatchAllDocsQuery(), Occur.FILTER);
        String owner = query.owner() == null ? null : FolderStamps.ownerKey(query.owner());
        if (owner != null && query.state() != LayerState.NEW) {
            b.add(term(IndexFields.OWNER, owner), Occur.FILTER);
        }
        if (query.state() != null) {
            b.add(owner == null ? term(IndexFields.STATE, query.state().name()) : ownerState(owner, query.state()),
                    Occur.FILTER);
        }
        if (query.label() != null) {
            b.add(owner == null ? term(IndexFields.LABEL, query.label())
                    : term(IndexFields.OWNER_LABEL, IndexFields.combined(owner, query.label())), Occur.FILTER);
        }
        if (query.text() != null) {
            b.add(text.query(query.text()), Occur.FILTER);
        }
        if (query.ids() != null) {
            b.add(new TermInSetQuery(IndexFields.ID, query.ids().stream().map(BytesRef::new).toList()),
                    Occur.FILTER);
        }
        if (query.match() != null) {
            b.add(match(query.match()), Occur.FILTER);
        }
        return b.build();
    }

    /** The id or title contains {@code typed}, ignoring case, or the text has its words. */
    private Query match(String typed) {
        String contains = "*" + escapeWildcards(IndexFields.lower(typed)) + "*";
        return new BooleanQuery.Builder()
                .add(new WildcardQuery(new Term(IndexFields.ID_KEY, contains)), Occur.SHOULD)
                .add(new WildcardQuery(new Term(IndexFields.TITLE_KEY, contains)), Occur.SHOULD)
                .add(text.query(typed), Occur.SHOULD).build();
    }

    private static String escapeWildcards(String s) {
        StringBuilder escaped = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == WildcardQuery.WILDCARD_STRING || c == WildcardQuery.WILDCARD_CHAR
                    || c == WildcardQuery.WILDCARD_ESCAPE) {
                escaped.append(WildcardQuery.WILDCARD_ESCAPE);
            }
            escaped.append(c);
        }
        return escaped.toString();
    }

    /** The owner's layer is in {@code state}; for NEW also when the owner has no layer at all. */
    private static Query ownerState(String owner, LayerState state) {
        Query inState = term(IndexFields.OWNER_STATE, IndexFields.combined(owner, state.name()));
        if (state != LayerState.NEW) {
            return inState;
        }
        Query noLayer = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.FILTER)
                .add(term(IndexFields.OWNER, owner), Occur.MUST_NOT).build();
        return new BooleanQuery.Builder().add(inState, Occur.SHOULD).add(noLayer, Occur.SHOULD).build();
    }

    private static Query term(String field, String value) {
        return new TermQuery(new Term(field, value));
    }
}
