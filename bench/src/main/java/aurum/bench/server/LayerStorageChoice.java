package aurum.bench.server;

import aurum.core.model.Span;
import aurum.core.model.SpanStatus;
import aurum.corpus.server.internal.SpanJson;
import aurum.corpus.server.local.LocalPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Why a layer is one row with its spans in a JSONB object rather than one row per span: the same three
 * operations timed both ways on one local PostgreSQL, for layers of 50, 500 and 5,000 spans. An edit is a
 * revision-checked save of one added span; a load reads the whole layer back into spans; a whole save
 * replaces every span. Prints medians in milliseconds.
 *
 * <pre>java -cp ... aurum.bench.server.LayerStorageChoice [rounds]</pre>
 */
public final class LayerStorageChoice {

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        char[] password = "bench-password-1".toCharArray();
        Path data = Files.createTempDirectory("aurum-bench-pg");
        try (LocalPostgres pg = LocalPostgres.start(data, 0, "bench_admin", password);
                Connection c = DriverManager.getConnection(pg.jdbcUrl("postgres"), "bench_admin", new String(password))) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE layer_json (id int PRIMARY KEY, revision bigint NOT NULL, spans jsonb NOT NULL)");
                s.execute("CREATE TABLE layer_head (id int PRIMARY KEY, revision bigint NOT NULL)");
                s.execute("CREATE TABLE span_row (layer int NOT NULL, span_id text NOT NULL, start_at int NOT NULL,"
                        + " end_at int NOT NULL, label text NOT NULL, attributes jsonb, note text, annotator text,"
                        + " created text NOT NULL, modified text NOT NULL, status text NOT NULL,"
                        + " PRIMARY KEY (layer, span_id))");
            }
            System.out.println("spans  | edit json | edit rows | load json | load rows | whole json | whole rows   (median ms of " + rounds + ")");
            int layerId = 0;
            for (int size : new int[] { 50, 500, 5000 }) {
                layerId++;
                List<Span> spans = spans(size, "s");
                insertJson(c, layerId, spans);
                insertRows(c, layerId, spans);
                double[] editJson = new double[rounds];
                double[] editRows = new double[rounds];
                double[] loadJson = new double[rounds];
                double[] loadRows = new double[rounds];
                double[] wholeJson = new double[rounds];
                double[] wholeRows = new double[rounds];
                for (int r = 0; r < rounds; r++) {
                    Span added = spans(1, "e" + r).get(0);
                    editJson[r] = time(() -> editJson(c, size, added));
                    editRows[r] = time(() -> editRows(c, size, added));
                    loadJson[r] = time(() -> loadJson(c, size));
                    loadRows[r] = time(() -> loadRows(c, size));
                    if (r % 10 == 0) {
                        wholeJson[r / 10] = time(() -> saveWholeJson(c, size, spans));
                        wholeRows[r / 10] = time(() -> saveWholeRows(c, size, spans));
                    }
                }
                int wholes = (rounds + 9) / 10;
                System.out.printf("%6d | %9.2f | %9.2f | %9.2f | %9.2f | %10.2f | %10.2f%n", size, median(editJson),
                        median(editRows), median(loadJson), median(loadRows), median(Arrays.copyOf(wholeJson, wholes)),
                        median(Arrays.copyOf(wholeRows, wholes)));
                layerId = size; // the tables are keyed by layer size from here on
            }
        } finally {
            try (var files = Files.walk(data)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    interface Step {
        void run() throws Exception;
    }

    private static double time(Step step) throws Exception {
        long t = System.nanoTime();
        step.run();
        return (System.nanoTime() - t) / 1e6;
    }

    private static double median(double[] values) {
        double[] copy = values.clone();
        Arrays.sort(copy);
        return copy[copy.length / 2];
    }

    private static List<Span> spans(int n, String prefix) {
        List<Span> spans = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            spans.add(Span.builder().id(prefix + i).range(i * 10, i * 10 + 5).label("LOC").note(i % 7 == 0 ? "check" : null)
                    .annotator("alice").created(Instant.parse("2026-12-01T10:00:00Z")).status(SpanStatus.MANUAL).build());
        }
        return spans;
    }

    private static void insertJson(Connection c, int size, List<Span> spans) throws Exception {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO layer_json VALUES (?, 1, ?::jsonb)")) {
            s.setInt(1, spans.size());
            s.setString(2, SpanJson.layerObject(spans));
            s.executeUpdate();
        }
    }

    private static void insertRows(Connection c, int size, List<Span> spans) throws Exception {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO layer_head VALUES (?, 1)")) {
            s.setInt(1, spans.size());
            s.executeUpdate();
        }
        writeRows(c, spans.size(), spans);
    }

    private static void writeRows(Connection c, int layer, List<Span> spans) throws Exception {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO span_row VALUES (?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?)")) {
            for (Span span : spans) {
                s.setInt(1, layer);
                s.setString(2, span.id());
                s.setInt(3, span.start());
                s.setInt(4, span.end());
                s.setString(5, span.labelId());
                s.setString(6, span.note());
                s.setString(7, span.annotator());
                s.setString(8, span.created().toString());
                s.setString(9, span.modified().toString());
                s.setString(10, span.status().name());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /** The store's edit: one conditional UPDATE merging the span into the JSONB object. */
    private static void editJson(Connection c, int layer, Span span) throws Exception {
        try (PreparedStatement s = c.prepareStatement("UPDATE layer_json SET spans = spans || ?::jsonb, revision = revision + 1"
                + " WHERE id = ? AND revision = (SELECT revision FROM layer_json WHERE id = ?)")) {
            s.setString(1, SpanJson.layerObject(List.of(span)));
            s.setInt(2, layer);
            s.setInt(3, layer);
            s.executeUpdate();
        }
    }

    /** Rows: a transaction bumping the revision (the check) and inserting the span row. */
    private static void editRows(Connection c, int layer, Span span) throws Exception {
        c.setAutoCommit(false);
        try (PreparedStatement s = c.prepareStatement("UPDATE layer_head SET revision = revision + 1 WHERE id = ?"
                + " AND revision = (SELECT revision FROM layer_head WHERE id = ?)")) {
            s.setInt(1, layer);
            s.setInt(2, layer);
            s.executeUpdate();
            writeRows(c, layer, List.of(span));
            c.commit();
        } finally {
            c.setAutoCommit(true);
        }
    }

    private static void loadJson(Connection c, int layer) throws Exception {
        try (PreparedStatement s = c.prepareStatement("SELECT revision, spans::text FROM layer_json WHERE id = ?")) {
            s.setInt(1, layer);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                SpanJson.readLayer(r.getString(2));
            }
        }
    }

    private static void loadRows(Connection c, int layer) throws Exception {
        try (PreparedStatement s = c.prepareStatement("SELECT h.revision, r.span_id, r.start_at, r.end_at, r.label, r.note,"
                + " r.annotator, r.created, r.modified, r.status FROM layer_head h JOIN span_row r ON r.layer = h.id WHERE h.id = ?")) {
            s.setInt(1, layer);
            List<Span> spans = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    spans.add(new Span(r.getString(2), r.getInt(3), r.getInt(4), r.getString(5), java.util.Map.of(), r.getString(6),
                            r.getString(7), Instant.parse(r.getString(8)), Instant.parse(r.getString(9)),
                            SpanStatus.valueOf(r.getString(10))));
                }
            }
        }
    }

    private static void saveWholeJson(Connection c, int layer, List<Span> spans) throws Exception {
        try (PreparedStatement s = c.prepareStatement("UPDATE layer_json SET spans = ?::jsonb, revision = revision + 1 WHERE id = ?")) {
            s.setString(1, SpanJson.layerObject(spans));
            s.setInt(2, layer);
            s.executeUpdate();
        }
    }

    private static void saveWholeRows(Connection c, int layer, List<Span> spans) throws Exception {
        c.setAutoCommit(false);
        try (PreparedStatement s = c.prepareStatement("DELETE FROM span_row WHERE layer = ?")) {
            s.setInt(1, layer);
            s.executeUpdate();
            writeRows(c, layer, spans);
            c.commit();
        } finally {
            c.setAutoCommit(true);
        }
    }
}
