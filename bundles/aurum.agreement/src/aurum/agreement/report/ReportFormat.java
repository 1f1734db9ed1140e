package aurum.agreement.report;

import java.util.Locale;

/** The output formats of {@link ReportWriter}. */
public enum ReportFormat {
    /** Aligned columns for a terminal. */
    TABLE,
    /** One JSON object, for scripts and dashboards. */
    JSON,
    /** One row per scope (overall, label, document), RFC 4180. */
    CSV;

    /**
     * The format named {@code name}, case-insensitively.
     *
     * @throws IllegalArgumentException naming the formats there are
     */
    public static ReportFormat named(String name) {
        try {
            return valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown format '" + name + "'; use table, json or csv", e);
        }
    }
}
