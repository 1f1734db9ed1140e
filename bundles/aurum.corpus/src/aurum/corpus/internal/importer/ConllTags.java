package aurum.corpus.internal.importer;

import java.util.ArrayList;
import java.util.List;

import aurum.core.model.Span;

/**
 * Turns one column of tags into spans. IOB1, IOB2, BIOES and BILOU are read alike, leniently, so a file
 * need not say which it uses: {@code B-X} starts a span; {@code I-X} continues an open {@code X} span and
 * otherwise starts one (IOB1's rule); {@code E-X} and {@code L-X} end an open {@code X} span (or are a span
 * of their own); {@code S-X} and {@code U-X} are a span of one token; {@code O} and a sentence end close the
 * open span.
 */
final class ConllTags {

    private final List<Span> spans = new ArrayList<>();
    private String open;
    private int openStart;
    private int openEnd;

    /** Whether {@code tag} is {@code O} or a scheme letter, {@code -} and a type. */
    static boolean isTag(String tag) {
        return tag.equals("O") || (tag.length() > 2 && tag.charAt(1) == '-' && "BIESLU".indexOf(tag.charAt(0)) >= 0);
    }

    /** Takes the tag of the token {@code [start, end)}; the caller has checked it with {@link #isTag}. */
    void tag(String tag, int start, int end) {
        if (tag.equals("O")) {
            close();
            return;
        }
        char scheme = tag.charAt(0);
        String type = tag.substring(2);
        boolean continues = type.equals(open) && (scheme == 'I' || scheme == 'E' || scheme == 'L');
        if (continues) {
            openEnd = end;
        } else {
            close();
            open = type;
            openStart = start;
            openEnd = end;
        }
        if (scheme == 'E' || scheme == 'L' || scheme == 'S' || scheme == 'U') {
            close();
        }
    }

    /** Closes the open span, at a sentence end. */
    void close() {
        if (open != null) {
            spans.add(Span.builder().range(openStart, openEnd).label(open).build());
            open = null;
        }
    }

    /** The spans so far, and starts over. */
    List<Span> take() {
        close();
        List<Span> taken = List.copyOf(spans);
        spans.clear();
        return taken;
    }
}
