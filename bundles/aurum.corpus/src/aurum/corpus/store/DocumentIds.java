package aurum.corpus.store;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules for document and annotator ids, which become file names: only {@code [A-Za-z0-9._-]},
 * no leading dot (dot files are the store's temporary files), at most 200 characters and no Windows
 * device name, so a corpus checks out the same on every operating system.
 */
public final class DocumentIds {

    private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]{0,199}");
    private static final Pattern DISALLOWED_CHAR = Pattern.compile("[^A-Za-z0-9._-]");
    private static final Set<String> DEVICE_NAMES = Set.of("CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3",
            "COM4", "COM5", "COM6", "COM7", "COM8", "COM9", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6",
            "LPT7", "LPT8", "LPT9");

    private DocumentIds() {
    }

    /** Tells whether {@code id} can be used as is. */
    public static boolean isValid(String id) {
        if (id == null || !ALLOWED.matcher(id).matches()) {
            return false;
        }
        int dot = id.indexOf('.');
        String stem = (dot < 0 ? id : id.substring(0, dot)).toUpperCase(Locale.ROOT);
        return !DEVICE_NAMES.contains(stem);
    }

    /**
     * Checks an id and returns it.
     *
     * @param what what the id names, for the message, e.g. {@code document id}
     * @throws IllegalArgumentException naming the id and suggesting {@link #sanitize}
     */
    public static String requireValid(String id, String what) {
        if (!isValid(id)) {
            throw new IllegalArgumentException(what + " '" + id + "' cannot be used as a file name: use only"
                    + " letters A-Z a-z, digits, '.', '_' and '-', no leading dot, at most 200 characters and"
                    + " no Windows device name; for example '" + sanitize(id) + "'");
        }
        return id;
    }

    /**
     * Turns any name into a valid id: other characters become {@code _}, leading dots are dropped,
     * long names are cut and device names get a {@code _} suffix. Different names can map to the same
     * id; importers must check for that.
     */
    public static String sanitize(String name) {
        String result = DISALLOWED_CHAR.matcher(name == null ? "" : name).replaceAll("_").replaceFirst("^\\.+", "");
        if (result.isEmpty()) {
            result = "_";
        }
        if (result.length() > 200) {
            result = result.substring(0, 200);
        }
        return isValid(result) ? result : "_" + result.substring(0, Math.min(result.length(), 199));
    }
}
