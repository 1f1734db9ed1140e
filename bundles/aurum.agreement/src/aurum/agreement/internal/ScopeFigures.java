package aurum.agreement.internal;

import aurum.agreement.ConfusionMatrix;
import aurum.agreement.Figures;
import aurum.agreement.MatchCounts;
import aurum.agreement.PairKappa;
import aurum.agreement.measure.CodingData;
import aurum.agreement.measure.Coefficient;
import aurum.agreement.measure.CohenKappa;
import aurum.agreement.measure.FleissKappa;
import aurum.agreement.measure.KrippendorffAlpha;
import aurum.agreement.measure.UnitizingAlpha;
import aurum.agreement.measure.UnitizingData;
import aurum.core.model.Span;
import java.util.List;

/** Computes the {@link Figures} of a set of documents, for all labels or for one label. */
public final class ScopeFigures {

    private final List<String> annotators;

    /** @param annotators the annotator ids, in the order of {@link DocumentData#spans()} */
    public ScopeFigures(List<String> annotators) {
        this.annotators = annotators;
    }

    /**
     * The figures of {@code documents}.
     *
     * @param label {@code null} for all labels, else the label whose binary figures are wanted
     * @param pairs receives each pair's Cohen's κ when not {@code null}
     * @param confusion receives the span alignment when not {@code null}
     */
    public Figures compute(List<DocumentData> documents, String label, List<PairKappa> pairs,
            ConfusionMatrix confusion) {
        int m = annotators.size();
        CodingData coding = new CodingData(m);
        MatchCounts matches = MatchCounts.ZERO;
        int documentCount = 0;
        long tokens = 0;
        long spanCount = 0;
        long continuum = 0;
        for (DocumentData d : documents) {
            if (d.present() < 2) {
                continue;
            }
            documentCount++;
            tokens += d.tokens().size();
            String[][] categories = new String[m][];
            List<List<Span>> spans = new java.util.ArrayList<>();
            for (int a = 0; a < m; a++) {
                List<Span> own = filter(d.spans().get(a), label);
                spans.add(own);
                if (own != null) {
                    spanCount += own.size();
                    categories[a] = TokenCoding.categories(d.tokens(), own, label);
                }
            }
            for (int t = 0; t < d.tokens().size(); t++) {
                String[] row = new String[m];
                for (int a = 0; a < m; a++) {
                    row[a] = categories[a] == null ? null : categories[a][t];
                }
                coding.add(row);
            }
            for (int i = 0; i < m; i++) {
                for (int j = i + 1; j < m; j++) {
                    if (spans.get(i) != null && spans.get(j) != null) {
                        matches = matches.plus(SpanMatching.compare(spans.get(i), spans.get(j)));
                        if (confusion != null) {
                            SpanMatching.align(spans.get(i), spans.get(j), confusion);
                        }
                    }
                }
            }
            if (d.present() == m) {
                continuum += d.length();
            }
        }
        return new Figures(documentCount, tokens, spanCount, lightsKappa(coding, pairs), FleissKappa.of(coding),
                KrippendorffAlpha.nominal(coding), unitizing(documents, label, continuum), matches);
    }

    private Coefficient lightsKappa(CodingData coding, List<PairKappa> pairs) {
        double observed = 0;
        double expected = 0;
        double value = 0;
        int defined = 0;
        for (int i = 0; i < annotators.size(); i++) {
            for (int j = i + 1; j < annotators.size(); j++) {
                Coefficient kappa = CohenKappa.of(coding, i, j);
                if (pairs != null) {
                    pairs.add(new PairKappa(annotators.get(i), annotators.get(j), kappa, bothCoded(coding, i, j)));
                }
                if (kappa.isDefined()) {
                    observed += kappa.observed();
                    expected += kappa.expected();
                    value += kappa.value();
                    defined++;
                }
            }
        }
        return defined == 0 ? Coefficient.UNDEFINED
                : new Coefficient(observed / defined, expected / defined, value / defined);
    }

    private static long bothCoded(CodingData coding, int i, int j) {
        long n = 0;
        for (int unit = 0; unit < coding.units(); unit++) {
            if (coding.value(unit, i) != CodingData.MISSING && coding.value(unit, j) != CodingData.MISSING) {
                n++;
            }
        }
        return n;
    }

    /** uα over the documents every annotator annotated, laid end to end as one continuum. */
    private Coefficient unitizing(List<DocumentData> documents, String label, long continuum) {
        int m = annotators.size();
        if (continuum == 0) {
            return Coefficient.UNDEFINED;
        }
        UnitizingData data = new UnitizingData(0, continuum, m);
        long offset = 0;
        for (DocumentData d : documents) {
            if (d.present() != m) {
                continue;
            }
            for (int a = 0; a < m; a++) {
                for (Span s : filter(d.spans().get(a), label)) {
                    data.add(a, offset + s.start(), offset + s.end(), s.labelId());
                }
            }
            offset += d.length();
        }
        return UnitizingAlpha.of(data).overall();
    }

    private static List<Span> filter(List<Span> spans, String label) {
        if (spans == null || label == null) {
            return spans;
        }
        return spans.stream().filter(s -> s.labelId().equals(label)).toList();
    }
}
