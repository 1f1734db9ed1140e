package aurum.export.formats;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import aurum.core.text.Offsets;
import aurum.corpus.importer.OffsetUnit;
import aurum.export.DocumentWriter;
import aurum.export.ExportDocument;
import aurum.export.ExportOptions;
import aurum.export.ExportOutput;
import aurum.export.ExportSpan;
import aurum.export.Exporter;

/**
 * brat standoff: {@code <split>/<id>.txt} (the text exactly, UTF-8) and {@code <split>/<id>.ann} with one
 * text-bound annotation per span, {@code T1<TAB>LABEL start end<TAB>covered text}, offsets in code points
 * as brat counts them, or in the unit chosen with {@code --offsets} (UTF-16 units for readers such as
 * DKPro Core's); {@code annotation.conf} at the top lists the labels as entities (and says when the offsets
 * are not brat's own). A span crossing a line break is written as fragments ({@code 0 5;6 9}), as brat
 * requires. Overlaps are kept.
 */
public class BratExporter implements Exporter {

    @Override
    public String id() {
        return "brat";
    }

    @Override
    public String description() {
        return "brat standoff (.txt, .ann with code point offsets, annotation.conf)";
    }

    @Override
    public boolean tokenBased() {
        return false;
    }

    @Override
    public boolean allowsOverlaps() {
        return true;
    }

    @Override
    public OffsetUnit defaultOffsetUnit() {
        return OffsetUnit.CODE_POINTS;
    }

    @Override
    public DocumentWriter open(ExportOutput output, String split, List<String> labels, ExportOptions options) {
        OffsetUnit unit = options.offsetUnitOr(defaultOffsetUnit());
        return new DocumentWriter() {
            @Override
            public void write(ExportDocument document) throws IOException {
                String text = document.text();
                try (Writer txt = output.create(split + "/" + document.id() + ".txt")) {
                    txt.write(text);
                }
                Offsets offsets = new Offsets(text);
                try (Writer ann = output.create(split + "/" + document.id() + ".ann")) {
                    int n = 0;
                    for (ExportSpan span : document.spans()) {
                        ann.append('T').append(Integer.toString(++n)).append('\t').append(span.label()).append(' ');
                        ann.append(fragments(text, offsets, unit, span.start(), span.end())).append('\t');
                        ann.append(text.substring(span.start(), span.end()).replaceAll("\\R", " ")).append('\n');
                    }
                }
            }

            @Override
            public void close() {
                // one file pair per document, closed as written
            }
        };
    }

    /** {@code start end}, or fragments split at line breaks, in {@code unit}. */
    private static String fragments(String text, Offsets offsets, OffsetUnit unit, int start, int end) {
        StringBuilder out = new StringBuilder();
        int from = start;
        for (int i = start; i <= end; i++) {
            boolean lineBreak = i < end && (text.charAt(i) == '\n' || text.charAt(i) == '\r');
            if (i == end || lineBreak) {
                if (i > from) {
                    if (!out.isEmpty()) {
                        out.append(';');
                    }
                    out.append(JsonlExporter.convert(offsets, unit, from)).append(' ')
                            .append(JsonlExporter.convert(offsets, unit, i));
                }
                from = i + 1;
            }
        }
        return out.toString();
    }

    @Override
    public void finish(ExportOutput output, List<String> splits, List<String> labels, ExportOptions options)
            throws IOException {
        try (Writer conf = output.create("annotation.conf")) {
            conf.write("# written by Aurum: the labels of this export\n");
            OffsetUnit unit = options.offsetUnitOr(defaultOffsetUnit());
            if (unit != OffsetUnit.CODE_POINTS) {
                conf.write("# the offsets in the .ann files count " + unit.description() + ", not code points as brat"
                        + " counts them (exported with --offsets)\n");
            }
            conf.write("[entities]\n");
            for (String label : labels) {
                conf.write(label + "\n");
            }
            conf.write("\n[relations]\n\n[events]\n\n[attributes]\n");
        }
    }
}
