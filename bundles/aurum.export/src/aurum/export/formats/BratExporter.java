package aurum.export.formats;

import java.io.IOException;
import java.io.Writer;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.WeakHashMap;
import java.util.regex.Pattern;

import aurum.core.model.AttributeValue;
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
 * DKPro Core's); {@code annotation.conf} at the top lists the labels as entities and the attributes met (and
 * says when the offsets are not brat's own). A span crossing a line break is written as fragments
 * ({@code 0 5;6 9}), as brat requires. Overlaps are kept.
 *
 * <p>What a span carries besides its label goes where brat's importer (and Aurum's) takes it from: each
 * attribute an {@code A} line (a true boolean {@code A1<TAB>Negation T1}, a false one not at all, as brat has
 * it; any other value {@code A2<TAB>Mention T1 Name}); the attribute {@code normalization}, when it holds
 * {@code DB:ID} references, one {@code N} line per reference; the note one {@code #} {@code AnnotatorNotes}
 * line per line of it. docs/FORMATS.md has the table.
 */
public class BratExporter implements Exporter {

    /** The attribute Aurum's brat importer puts normalizations ({@code N} lines) in. */
    static final String NORMALIZATION = "normalization";

    private static final Pattern REFERENCES = Pattern.compile("[^\\s:]+:\\S+(\\s+[^\\s:]+:\\S+)*");
    private static final Pattern LINE_BREAKS_AND_TABS = Pattern.compile("[\\r\\n\\t\\u0085\\u2028\\u2029]+");

    /**
     * The attributes and values the writers of one export met, by the output they wrote to, for the
     * {@code [attributes]} of {@code annotation.conf} that {@link #finish} writes; an export that fails before
     * finishing leaves its entry to the garbage collector.
     */
    private final Map<ExportOutput, Map<String, Set<String>>> attributesMet = Collections.synchronizedMap(new WeakHashMap<>());

    @Override
    public String id() {
        return "brat";
    }

    @Override
    public String description() {
        return "brat standoff (.txt, .ann with code point offsets, attributes, notes, annotation.conf)";
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
        Map<String, Set<String>> met = attributesMet.computeIfAbsent(output, o -> new TreeMap<>());
        return new DocumentWriter() {
            @Override
            public void write(ExportDocument document) throws IOException {
                String text = document.text();
                try (Writer txt = output.create(split + "/" + document.id() + ".txt")) {
                    txt.write(text);
                }
                Offsets offsets = new Offsets(text);
                try (Writer ann = output.create(split + "/" + document.id() + ".ann")) {
                    Ids ids = new Ids();
                    for (ExportSpan span : document.spans()) {
                        String t = "T" + ++ids.textBound;
                        ann.append(t).append('\t').append(span.label()).append(' ');
                        ann.append(fragments(text, offsets, unit, span.start(), span.end())).append('\t');
                        ann.append(text.substring(span.start(), span.end()).replaceAll("\\R", " ")).append('\n');
                        writeAttributes(ann, t, span.attributes(), ids, met);
                        writeNote(ann, t, span.note(), ids);
                    }
                }
            }

            @Override
            public void close() {
                // one file pair per document, closed as written
            }
        };
    }

    /** The numbers of one {@code .ann} file's annotations, per kind. */
    private static final class Ids {
        int textBound;
        int attribute;
        int normalization;
        int note;
    }

    private static void writeAttributes(Writer ann, String target, Map<String, AttributeValue> attributes, Ids ids,
            Map<String, Set<String>> met) throws IOException {
        for (Map.Entry<String, AttributeValue> e : attributes.entrySet()) {
            String name = oneLine(e.getKey()).replace(' ', '_');
            String value = switch (e.getValue()) {
                case AttributeValue.BooleanValue b -> b.value() ? "" : null;
                case AttributeValue.NumberValue n -> n.value().toPlainString();
                case AttributeValue.EnumValue v -> oneLine(v.value());
                case AttributeValue.StringValue v -> oneLine(v.value()).isEmpty() ? null : oneLine(v.value());
            };
            if (value == null) {
                continue; // brat's binary attribute is false by being absent; an empty text is no value either
            }
            if (name.equals(NORMALIZATION) && REFERENCES.matcher(value).matches()) {
                for (String reference : value.split("\\s+")) {
                    ann.append('N').append(Integer.toString(++ids.normalization)).append("\tReference ").append(target)
                            .append(' ').append(reference).append("\t\n");
                }
                continue;
            }
            ann.append('A').append(Integer.toString(++ids.attribute)).append('\t').append(name).append(' ').append(target);
            if (!value.isEmpty()) {
                ann.append(' ').append(value);
            }
            ann.append('\n');
            synchronized (met) {
                Set<String> values = met.computeIfAbsent(name, n -> new TreeSet<>());
                values.add(value);
            }
        }
    }

    /** One {@code AnnotatorNotes} line per line of the note: brat's notes are one line each, Aurum's importer joins them. */
    private static void writeNote(Writer ann, String target, String note, Ids ids) throws IOException {
        if (note == null) {
            return;
        }
        for (String line : note.split("\\R")) {
            ann.append('#').append(Integer.toString(++ids.note)).append("\tAnnotatorNotes ").append(target).append('\t')
                    .append(line.replace('\t', ' ')).append('\n');
        }
    }

    private static String oneLine(String value) {
        return LINE_BREAKS_AND_TABS.matcher(value).replaceAll(" ").strip();
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
        Map<String, Set<String>> met = attributesMet.remove(output);
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
            if (met != null) {
                for (Map.Entry<String, Set<String>> e : met.entrySet()) {
                    Set<String> values = new TreeSet<>(e.getValue());
                    values.remove(""); // a binary attribute: no values
                    conf.write(e.getKey() + "\tArg:<ENTITY>" + (values.isEmpty() ? ""
                            : ", Value:" + String.join("|", values)) + "\n");
                }
            }
        }
    }
}
