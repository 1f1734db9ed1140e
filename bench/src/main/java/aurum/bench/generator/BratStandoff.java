package aurum.bench.generator;

/**
 * The brat standoff ({@code .ann}) of a generated document: {@code T<n>\tLABEL start end\ttext} per span,
 * in span order, with offsets counted in code points of the text as stored (brat's convention: Python
 * string indices), so a character outside the BMP counts one and a CRLF two.
 */
final class BratStandoff {

    private BratStandoff() {
    }

    static String ann(NewsDocument doc) {
        String text = doc.text();
        StringBuilder sb = new StringBuilder(doc.spans().size() * 40);
        int n = 1;
        for (Span s : doc.spans()) {
            sb.append('T').append(n++).append('\t').append(s.label()).append(' ')
                    .append(text.codePointCount(0, s.start())).append(' ')
                    .append(text.codePointCount(0, s.end())).append('\t')
                    .append(text, s.start(), s.end()).append('\n');
        }
        return sb.toString();
    }
}
