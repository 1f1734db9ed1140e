package aurum.corpus.importer;

import java.util.Locale;
import java.util.Optional;

import aurum.core.text.Offsets;

/**
 * What the span offsets of a file count. Tools disagree (Python counts code points, JavaScript and
 * Java UTF-16 units, Rust and many tokenizers UTF-8 bytes) and the files do not say, so the user picks.
 */
public enum OffsetUnit {
    /** UTF-16 code units, Aurum's own unit. */
    UTF16("UTF-16 units"),
    /** Unicode code points, as Python's {@code str} indices. */
    CODE_POINTS("code points"),
    /** Bytes of the UTF-8 encoding. */
    UTF8_BYTES("UTF-8 bytes");

    private final String description;

    OffsetUnit(String description) {
        this.description = description;
    }

    /**
     * The unit a name stands for: {@code utf16}, {@code codepoints} or {@code utf8} as the command line
     * writes them, {@code code-points} or {@code utf8-bytes} as Aurum's JSONL export does, and their
     * spellings with {@code _}, {@code -} or upper case.
     */
    public static Optional<OffsetUnit> parse(String name) {
        String key = name.strip().toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
        return switch (key) {
            case "utf16" -> Optional.of(UTF16);
            case "codepoints", "codepoint" -> Optional.of(CODE_POINTS);
            case "utf8", "utf8bytes", "bytes" -> Optional.of(UTF8_BYTES);
            default -> Optional.empty();
        };
    }

    /** How the unit reads in messages, e.g. "code points". */
    public String description() {
        return description;
    }

    /**
     * Converts an offset in this unit into a UTF-16 offset of the text behind {@code offsets}.
     *
     * @throws IllegalArgumentException if the offset is outside the text or inside one character
     */
    public int toUtf16(Offsets offsets, int offset) {
        return switch (this) {
            case UTF16 -> {
                offsets.utf16ToCodePoint(offset); // validates range and surrogate pairs
                yield offset;
            }
            case CODE_POINTS -> offsets.codePointToUtf16(offset);
            case UTF8_BYTES -> offsets.utf8ToUtf16(offset);
        };
    }
}
