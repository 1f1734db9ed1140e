package aurum.export.internal.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.NavigableSet;
import java.util.TreeSet;

import aurum.export.BoundaryPolicy;
import aurum.export.Sentence;

/**
 * Makes spans and tokens agree for token formats: a span edge inside a token is handled by the
 * {@link BoundaryPolicy} (and reported), a span that covers no token is dropped (and reported), and a
 * span crossing a sentence break joins the sentences, because no token format can hold such a span.
 */
final class TokenAligner {

    record Aligned(List<Candidate> spans, Tokenizer.Tokens tokens) {
    }

    private TokenAligner() {
    }

    static Aligned align(String document, Tokenizer.Tokens tokens, List<Candidate> spans, BoundaryPolicy policy,
            ReportSink report) {
        if (policy == BoundaryPolicy.SPLIT) {
            tokens = splitTokens(document, tokens, spans, report);
        }
        int n = tokens.size();
        List<Candidate> kept = new ArrayList<>(spans.size());
        for (Candidate c : spans) {
            int first = firstEndingAfter(tokens, c.start());
            if (first == n || tokens.start(first) >= c.end()) {
                report.add(document, c, "dropped", "covers no token (only whitespace)");
                continue;
            }
            int last = first;
            while (last + 1 < n && tokens.start(last + 1) < c.end()) {
                last++;
            }
            int start = tokens.start(first);
            int end = tokens.end(last);
            boolean inside = c.start() > start || c.end() < end;
            if (inside && policy == BoundaryPolicy.DROP) {
                report.add(document, c, "dropped", "edge inside token '" + text(tokens, first, last) + "' (drop)");
                continue;
            }
            if (inside) {
                report.add(document, c, "expanded", "edge inside a token; now [" + start + ", " + end + ") (expand)");
            } else if (start != c.start() || end != c.end()) {
                report.add(document, c, "trimmed", "whitespace at the edge; now [" + start + ", " + end + ")");
            }
            kept.add(c.withRange(start, end));
        }
        kept.sort(SpanSelector.ORDER);
        return new Aligned(kept, tokens);
    }

    /** The sentences of {@code tokens}, joined where one of the final {@code spans} crosses a break. */
    static List<Sentence> sentences(Tokenizer.Tokens tokens, List<Candidate> spans) {
        boolean[] joined = new boolean[tokens.size()];
        for (Candidate c : spans) {
            for (int k = firstEndingAfter(tokens, c.start()) + 1; k < tokens.size() && tokens.start(k) < c.end(); k++) {
                joined[k] = true;
            }
        }
        return sentences(tokens, joined);
    }

    private static String text(Tokenizer.Tokens tokens, int first, int last) {
        return "#" + first + (last > first ? "–#" + last : "");
    }

    private static List<Sentence> sentences(Tokenizer.Tokens tokens, boolean[] joined) {
        List<Sentence> out = new ArrayList<>();
        List<Sentence.Token> current = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (i > 0 && !joined[i] && tokens.sentence(i) != tokens.sentence(i - 1)) {
                out.add(sentence(current));
                current = new ArrayList<>();
            }
            current.add(new Sentence.Token(tokens.start(i), tokens.end(i)));
        }
        if (!current.isEmpty()) {
            out.add(sentence(current));
        }
        return out;
    }

    private static Sentence sentence(List<Sentence.Token> tokens) {
        return new Sentence(tokens.get(0).start(), tokens.get(tokens.size() - 1).end(), tokens);
    }

    /** Index of the first token ending after {@code offset}, or the token count. */
    private static int firstEndingAfter(Tokenizer.Tokens tokens, int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.end(mid) <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static Tokenizer.Tokens splitTokens(String document, Tokenizer.Tokens tokens, List<Candidate> spans,
            ReportSink report) {
        NavigableSet<Integer> cuts = new TreeSet<>();
        for (Candidate c : spans) {
            cuts.add(c.start());
            cuts.add(c.end());
        }
        Tokenizer.Tokens out = new Tokenizer.Tokens();
        for (int i = 0; i < tokens.size(); i++) {
            int start = tokens.start(i);
            for (int cut : cuts.subSet(tokens.start(i), false, tokens.end(i), false)) {
                out.add(start, cut, tokens.sentence(i));
                start = cut;
            }
            out.add(start, tokens.end(i), tokens.sentence(i));
        }
        if (out.size() != tokens.size()) {
            for (Candidate c : spans) {
                int first = firstEndingAfter(tokens, c.start());
                boolean startInside = first < tokens.size() && tokens.start(first) < c.start();
                int last = firstEndingAfter(tokens, c.end() - 1);
                boolean endInside = last < tokens.size() && tokens.end(last) > c.end() && tokens.start(last) < c.end();
                if (startInside || endInside) {
                    report.add(document, c, "split-token", "edge inside a token; the token was cut there (split)");
                }
            }
        }
        return out;
    }
}
