package aurum.app.internal.cli;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import aurum.agreement.report.ReportFormat;
import aurum.core.model.LayerState;
import aurum.corpus.importer.OffsetUnit;
import aurum.export.BoundaryPolicy;
import aurum.export.OverlapPolicy;
import aurum.export.TagScheme;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The words users type for the values of typed options ({@code in-progress}, {@code codepoints},
 * {@code per-label}), shared by the converters that read them, the completion candidates that help and
 * shell completion list, and the errors that name the allowed values.
 */
final class Choices {

    private Choices() {
    }

    /** A fixed table of words and the values they stand for; matched case-insensitively, {@code _} as {@code -}. */
    static class Words<T> implements ITypeConverter<T>, Iterable<String> {
        private final String what;
        private final Map<String, T> values = new LinkedHashMap<>();

        Words(String what) {
            this.what = what;
        }

        /** Every constant of {@code type} under its lower-case name with {@code -} for {@code _}. */
        @SuppressWarnings("unchecked")
        Words(String what, Class<? extends Enum<?>> type) {
            this(what);
            for (Enum<?> e : type.getEnumConstants()) {
                values.put(e.name().toLowerCase(Locale.ROOT).replace('_', '-'), (T) e);
            }
        }

        Words<T> add(String word, T value) {
            values.put(word, value);
            return this;
        }

        @Override
        public T convert(String value) {
            T found = values.get(value.strip().toLowerCase(Locale.ROOT).replace('_', '-'));
            if (found == null) {
                throw new TypeConversionException("'" + value + "' is not " + what + "; use one of " + list());
            }
            return found;
        }

        String list() {
            return String.join(", ", values.keySet());
        }

        @Override
        public Iterator<String> iterator() {
            return new ArrayList<>(values.keySet()).iterator();
        }
    }

    /** {@code new, in-progress, done, curated}. */
    static final class States extends Words<LayerState> {
        States() {
            super("a layer state", LayerState.class);
        }
    }

    /** {@code utf16, codepoints, utf8}. */
    static final class Offsets extends Words<OffsetUnit> {
        Offsets() {
            super("an offset unit");
            add("utf16", OffsetUnit.UTF16).add("codepoints", OffsetUnit.CODE_POINTS).add("utf8", OffsetUnit.UTF8_BYTES);
        }
    }

    /** {@code expand, split, drop}. */
    static final class Boundaries extends Words<BoundaryPolicy> {
        Boundaries() {
            super("a boundary policy", BoundaryPolicy.class);
        }
    }

    /** {@code fail, keep-longest, keep-first, per-label}. */
    static final class Overlaps extends Words<OverlapPolicy> {
        Overlaps() {
            super("an overlap policy");
            add("fail", OverlapPolicy.FAIL).add("keep-longest", OverlapPolicy.KEEP_LONGEST)
                    .add("keep-first", OverlapPolicy.KEEP_FIRST).add("per-label", OverlapPolicy.ONE_FILE_PER_LABEL);
        }
    }

    /** {@code iob1, iob2, bilou}. */
    static final class Schemes extends Words<TagScheme> {
        Schemes() {
            super("a tag scheme", TagScheme.class);
        }
    }

    /** {@code table, json, csv} for agreement reports. */
    static final class ReportFormats extends Words<ReportFormat> {
        ReportFormats() {
            super("a report format", ReportFormat.class);
        }
    }

    /** {@code table, json} for statistics. */
    static final class TableOrJson extends Words<String> {
        TableOrJson() {
            super("a statistics format");
            add("table", "table").add("json", "json");
        }
    }
}
