package aurum.agreement.report;

import aurum.agreement.AgreementReport;
import aurum.agreement.ConfusionMatrix;
import aurum.agreement.Figures;
import aurum.agreement.PairKappa;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Writes a report in one of the {@link ReportFormat}s. */
public final class ReportWriter {

    private ReportWriter() {
    }

    /** Writes {@code report} to {@code out} as {@code format}. */
    public static void write(AgreementReport report, ReportFormat format, Writer out) throws IOException {
        switch (format) {
        case TABLE -> table(report, out);
        case JSON -> json(report, out);
        case CSV -> csv(report, out);
        }
        out.flush();
    }

    private static void table(AgreementReport r, Writer out) throws IOException {
        Figures all = r.overall();
        out.write("Agreement of " + String.join(", ", r.annotators()) + (r.label() == null ? "" : " on label " + r.label())
                + ": " + all.documents() + " documents with two or more of them, " + all.tokens() + " tokens, "
                + all.spans() + " spans\n\n");
        List<String[]> rows = new ArrayList<>();
        for (Map.Entry<String, Figures> e : r.perLabel().entrySet()) {
            rows.add(row(e.getKey(), e.getValue()));
        }
        rows.add(row("(all labels)", all));
        aligned(out, "label", rows);
        out.write("\nCohen's κ per pair of annotators (tokens both annotated)\n");
        for (PairKappa p : r.pairs()) {
            out.write(String.format("  %-12s %-12s %8s  (%d tokens)%n", p.first(), p.second(),
                    Columns.number(p.kappa().value(), "n/a"), p.tokens()));
        }
        out.write("\nPer document\n");
        List<String[]> documents = new ArrayList<>();
        for (Map.Entry<String, Figures> e : r.perDocument().entrySet()) {
            if (e.getValue().documents() > 0) {
                documents.add(row(e.getKey(), e.getValue()));
            }
        }
        aligned(out, "document", documents);
        confusion(r.confusion(), out);
    }

    private static String[] row(String name, Figures f) {
        String[] row = new String[Columns.ALL.size() + 2];
        row[0] = name;
        row[1] = Long.toString(f.spans());
        for (int c = 0; c < Columns.ALL.size(); c++) {
            row[c + 2] = Columns.number(Columns.ALL.get(c).value().applyAsDouble(f), "n/a");
        }
        return row;
    }

    private static void aligned(Writer out, String firstHeading, List<String[]> rows) throws IOException {
        String[] headings = new String[Columns.ALL.size() + 2];
        headings[0] = firstHeading;
        headings[1] = "spans";
        for (int c = 0; c < Columns.ALL.size(); c++) {
            headings[c + 2] = Columns.ALL.get(c).heading();
        }
        int[] widths = new int[headings.length];
        for (int c = 0; c < headings.length; c++) {
            widths[c] = headings[c].length();
            for (String[] row : rows) {
                widths[c] = Math.max(widths[c], row[c].length());
            }
        }
        writeRow(out, headings, widths);
        for (String[] row : rows) {
            writeRow(out, row, widths);
        }
    }

    private static void writeRow(Writer out, String[] cells, int[] widths) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < cells.length; c++) {
            String cell = cells[c];
            String pad = " ".repeat(widths[c] - cell.length());
            line.append(c == 0 ? cell + pad : "  " + pad + cell);
        }
        out.write(line.toString().stripTrailing() + "\n");
    }

    private static void confusion(ConfusionMatrix m, Writer out) throws IOException {
        List<String> labels = m.labels();
        if (labels.size() <= 1) {
            return;
        }
        out.write("\nSpan label confusion (row: earlier annotator of each pair, column: later)\n");
        int width = 6;
        for (String l : labels) {
            width = Math.max(width, l.length() + 2);
        }
        StringBuilder header = new StringBuilder(" ".repeat(width));
        for (String l : labels) {
            header.append(String.format("%" + width + "s", l));
        }
        out.write(header.toString().stripTrailing() + "\n");
        for (String row : labels) {
            StringBuilder line = new StringBuilder(String.format("%-" + width + "s", row));
            for (String column : labels) {
                line.append(String.format("%" + width + "d", m.count(row, column)));
            }
            out.write(line + "\n");
        }
    }

    private static void csv(AgreementReport r, Writer out) throws IOException {
        StringBuilder header = new StringBuilder("scope,name,documents,tokens,spans");
        Columns.ALL.forEach(c -> header.append(',').append(c.key()));
        out.write(header + "\r\n");
        csvRow(out, "overall", "", r.overall());
        for (Map.Entry<String, Figures> e : r.perLabel().entrySet()) {
            csvRow(out, "label", e.getKey(), e.getValue());
        }
        for (Map.Entry<String, Figures> e : r.perDocument().entrySet()) {
            csvRow(out, "document", e.getKey(), e.getValue());
        }
    }

    private static void csvRow(Writer out, String scope, String name, Figures f) throws IOException {
        StringBuilder line = new StringBuilder(scope).append(',').append(quote(name)).append(',').append(f.documents())
                .append(',').append(f.tokens()).append(',').append(f.spans());
        for (Columns.Column c : Columns.ALL) {
            line.append(',').append(Columns.number(c.value().applyAsDouble(f), ""));
        }
        out.write(line + "\r\n");
    }

    private static String quote(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    private static void json(AgreementReport r, Writer out) throws IOException {
        JsonWriter json = new JsonWriter(out);
        json.setIndent("  ");
        json.beginObject();
        json.name("annotators").beginArray();
        for (String a : r.annotators()) {
            json.value(a);
        }
        json.endArray();
        json.name("label").value(r.label());
        json.name("overall");
        figures(json, r.overall());
        json.name("perLabel").beginObject();
        for (Map.Entry<String, Figures> e : r.perLabel().entrySet()) {
            json.name(e.getKey());
            figures(json, e.getValue());
        }
        json.endObject();
        json.name("perDocument").beginObject();
        for (Map.Entry<String, Figures> e : r.perDocument().entrySet()) {
            json.name(e.getKey());
            figures(json, e.getValue());
        }
        json.endObject();
        json.name("pairs").beginArray();
        for (PairKappa p : r.pairs()) {
            json.beginObject().name("first").value(p.first()).name("second").value(p.second());
            json.name("cohenKappa");
            number(json, p.kappa().value());
            json.name("tokens").value(p.tokens()).endObject();
        }
        json.endArray();
        json.name("confusion").beginObject().name("labels").beginArray();
        List<String> labels = r.confusion().labels();
        for (String l : labels) {
            json.value(l);
        }
        json.endArray().name("counts").beginArray();
        for (String row : labels) {
            json.beginArray();
            for (String column : labels) {
                json.value(r.confusion().count(row, column));
            }
            json.endArray();
        }
        json.endArray().endObject();
        json.endObject();
        json.flush();
        out.write("\n");
    }

    private static void figures(JsonWriter json, Figures f) throws IOException {
        json.beginObject();
        json.name("documents").value(f.documents());
        json.name("tokens").value(f.tokens());
        json.name("spans").value(f.spans());
        for (Columns.Column c : Columns.ALL) {
            json.name(c.key());
            number(json, c.value().applyAsDouble(f));
        }
        json.endObject();
    }

    private static void number(JsonWriter json, double value) throws IOException {
        if (Double.isNaN(value)) {
            json.nullValue();
        } else {
            json.value(Math.round(value * 1e6) / 1e6);
        }
    }
}
