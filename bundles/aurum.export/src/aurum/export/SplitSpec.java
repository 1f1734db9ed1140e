package aurum.export;

import java.util.ArrayList;
import java.util.List;

/**
 * The splits of an export and their shares, e.g. {@code 80/10/10} for train, dev and test. Shares are
 * of documents (of label occurrences too when stratified); see {@code docs/EXPORT.md}.
 *
 * @param names split names, also the names of the files or folders written
 * @param weights positive weights, one per name
 */
public record SplitSpec(List<String> names, List<Integer> weights) {

    /** No splitting: everything goes to one split called {@code all}. */
    public static final SplitSpec NONE = new SplitSpec(List.of("all"), List.of(1));

    /** Checks names and weights. */
    public SplitSpec {
        names = List.copyOf(names);
        weights = List.copyOf(weights);
        if (names.isEmpty() || names.size() != weights.size() || names.stream().distinct().count() != names.size()) {
            throw new IllegalArgumentException("give one weight per distinct split name");
        }
        if (weights.stream().anyMatch(w -> w < 0) || weights.stream().mapToInt(Integer::intValue).sum() <= 0) {
            throw new IllegalArgumentException("split weights must be zero or more and not all zero: " + weights);
        }
    }

    /**
     * Parses {@code 80/10/10} (train/dev/test), {@code 90/10} (train/test) or {@code 100} (train only).
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    public static SplitSpec parse(String text) {
        String[] parts = text.split("/");
        List<String> names = switch (parts.length) {
            case 1 -> List.of("train");
            case 2 -> List.of("train", "test");
            case 3 -> List.of("train", "dev", "test");
            default -> throw new IllegalArgumentException("'" + text + "' is not a split; write train/dev/test shares like 80/10/10");
        };
        List<Integer> weights = new ArrayList<>();
        for (String part : parts) {
            try {
                weights.add(Integer.parseInt(part.strip()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + part + "' in split '" + text + "' is not a whole number", e);
            }
        }
        return new SplitSpec(names, weights);
    }

    /** The share of split {@code i}, between 0 and 1. */
    public double share(int i) {
        return weights.get(i) / (double) weights.stream().mapToInt(Integer::intValue).sum();
    }

    @Override
    public String toString() {
        return String.join("/", weights.stream().map(String::valueOf).toList());
    }
}
