package aurum.export.internal.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import aurum.core.model.Document;
import aurum.corpus.boilerplate.ExcludedRegion;
import aurum.corpus.store.CorpusStoreException;
import aurum.export.ExportDocument;
import aurum.export.ExportException;
import aurum.export.ExportOptions;
import aurum.export.Exporter;
import aurum.export.OverlapPolicy;
import aurum.export.Sentence;

/**
 * Turns one stored document and its selected spans into what an exporter writes: excluded regions cut
 * out, tokens and sentences for token formats with spans aligned to them, overlaps resolved for flat
 * formats. The order of the steps is the one documented in {@code docs/EXPORT.md}. Thread-safe: the
 * export processes several documents at once.
 */
public final class DocumentPipeline {

    /** The key under which the whole document is returned when not writing one file per label. */
    public static final String ALL = "";

    private final Exporter exporter;
    private final ExportOptions options;
    private final DocumentExtras extras;
    /** Tokenizers not in use: each holds ICU iterators, which are costly to make and not thread-safe. */
    private final Queue<Tokenizer> tokenizers = new ConcurrentLinkedQueue<>();

    public DocumentPipeline(Exporter exporter, ExportOptions options, DocumentExtras extras) {
        this.exporter = exporter;
        this.options = options;
        this.extras = extras;
    }

    /** Whether documents come out once per label ({@link OverlapPolicy#ONE_FILE_PER_LABEL} on a flat format). */
    public boolean perLabel() {
        return options.overlap() == OverlapPolicy.ONE_FILE_PER_LABEL && !exporter.allowsOverlaps();
    }

    /**
     * @param labels the output labels to write per-label files for (ignored otherwise)
     * @return {@link #ALL} → the document, or output label → the document with that label's spans only
     */
    Map<String, ExportDocument> process(Document document, List<Candidate> selected, List<String> labels,
            ReportSink report) throws ExportException {
        String id = document.id();
        List<ExcludedRegion> regions;
        try {
            regions = options.excludeRegions() ? extras.excludedRegions(document) : List.of();
        } catch (CorpusStoreException e) {
            throw new ExportException("Cannot read the excluded regions of document " + id + ": " + e.getMessage(), e);
        }
        TextCutter.Cut cut = TextCutter.cut(id, document.text(), regions, selected, report);
        List<Candidate> spans = cut.spans();
        Tokenizer.Tokens tokens = null;
        if (exporter.tokenBased()) {
            TokenAligner.Aligned aligned = TokenAligner.align(id, tokenize(cut.text()), spans, options.boundary(), report);
            spans = aligned.spans();
            tokens = aligned.tokens();
        }
        Map<String, ExportDocument> out = new LinkedHashMap<>();
        if (perLabel()) {
            for (String label : labels) {
                List<Candidate> mine = new ArrayList<>(spans.stream().filter(c -> c.label().equals(label)).toList());
                out.put(label, build(id, cut.text(), OverlapResolver.resolve(id, mine, options.overlap(), report), tokens));
            }
        } else {
            List<Candidate> flat = exporter.allowsOverlaps() ? spans : OverlapResolver.resolve(id, spans, options.overlap(), report);
            out.put(ALL, build(id, cut.text(), flat, tokens));
        }
        return out;
    }

    /** Tokenizes with a tokenizer no other thread is using, made once and kept for the next document. */
    private Tokenizer.Tokens tokenize(String text) {
        Tokenizer tokenizer = tokenizers.poll();
        if (tokenizer == null) {
            tokenizer = new Tokenizer();
        }
        try {
            return tokenizer.tokenize(text);
        } finally {
            tokenizers.add(tokenizer);
        }
    }

    private static ExportDocument build(String id, String text, List<Candidate> spans, Tokenizer.Tokens tokens) {
        List<Sentence> sentences = tokens == null ? List.of() : TokenAligner.sentences(tokens, spans);
        return new ExportDocument(id, text, spans.stream().map(Candidate::toSpan).toList(), sentences);
    }
}
