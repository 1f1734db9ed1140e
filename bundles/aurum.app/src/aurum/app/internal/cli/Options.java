package aurum.app.internal.cli;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code --name value} options of one command, checked against the names the command knows. */
final class Options {

    private final Map<String, String> values = new HashMap<>();

    Options(List<String> args, Set<String> known) throws UsageException {
        for (int i = 0; i < args.size(); i++) {
            String name = args.get(i);
            if (!name.startsWith("--") || !known.contains(name.substring(2))) {
                throw new UsageException("unknown option '" + name + "'");
            }
            if (i + 1 >= args.size()) {
                throw new UsageException("option '" + name + "' needs a value");
            }
            values.put(name.substring(2), args.get(++i));
        }
    }

    java.util.Optional<String> optional(String name) {
        return java.util.Optional.ofNullable(values.get(name));
    }

    String required(String name) throws UsageException {
        String value = values.get(name);
        if (value == null) {
            throw new UsageException("missing --" + name);
        }
        return value;
    }
}
