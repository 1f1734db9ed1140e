package aurum.labels.gazetteer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Collects entries and options for a {@link Gazetteer}. Not thread-safe; build once, share the result.
 *
 * @param <P> the payload type
 */
public final class GazetteerBuilder<P> {

    private final List<String> keys = new ArrayList<>();
    private final List<P> payloads = new ArrayList<>();
    private boolean caseInsensitive;
    private boolean wholeWords;
    private boolean foldWhitespace;
    private boolean characterAutomaton;

    GazetteerBuilder() {
    }

    /** Match regardless of case, using locale-independent simple case folding (no Turkish dotless-i surprises). */
    public GazetteerBuilder<P> caseInsensitive(boolean value) {
        this.caseInsensitive = value;
        return this;
    }

    /** Reject matches that begin or end inside a word ("Austin" in "Austintown"). */
    public GazetteerBuilder<P> wholeWords(boolean value) {
        this.wholeWords = value;
        return this;
    }

    /** Let any single whitespace character (space, no-break space, tab, newline) match any other. */
    public GazetteerBuilder<P> foldWhitespace(boolean value) {
        this.foldWhitespace = value;
        return this;
    }

    /**
     * Makes a whole-word gazetteer scan with the character automaton instead of the word-level scanner;
     * slower, kept as the independent implementation that tests compare the word scanner with.
     */
    GazetteerBuilder<P> characterAutomaton(boolean value) {
        this.characterAutomaton = value;
        return this;
    }

    /**
     * Adds an entry. Several entries may share a key; each is reported for a match. An entry whose
     * folded key and payload equal an earlier one's is dropped when building.
     *
     * @param key     the text to find: non-empty, without unpaired surrogates
     * @param payload what to report with each match, not {@code null}
     */
    public GazetteerBuilder<P> add(String key, P payload) {
        Objects.requireNonNull(payload, "payload");
        if (key == null || key.isEmpty()) {
            throw new IllegalArgumentException("empty gazetteer key");
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < key.length() && Character.isLowSurrogate(key.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new IllegalArgumentException("unpaired surrogate in gazetteer key at " + i);
            }
        }
        keys.add(key);
        payloads.add(payload);
        return this;
    }

    /** Number of entries added so far, duplicates included. */
    public int size() {
        return keys.size();
    }

    /** Compiles the automaton; the builder may be reused afterwards. */
    public Gazetteer<P> build() {
        CharFolder folder = CharFolder.of(caseInsensitive, foldWhitespace);
        Set<List<Object>> seen = new HashSet<>();
        List<String> folded = new ArrayList<>(keys.size());
        List<Object> kept = new ArrayList<>(keys.size());
        for (int i = 0; i < keys.size(); i++) {
            String key = folder.foldKey(keys.get(i));
            if (seen.add(List.of(key, payloads.get(i)))) {
                folded.add(key);
                kept.add(payloads.get(i));
            }
        }
        String[] foldedKeys = folded.toArray(String[]::new);
        int[] lengths = new int[foldedKeys.length];
        for (int i = 0; i < lengths.length; i++) {
            lengths[i] = foldedKeys[i].length();
        }
        if (wholeWords && !characterAutomaton) {
            WordScanner words = WordScanner.compile(foldedKeys, folder);
            return new Gazetteer<>(null, words, folder, kept.toArray(), lengths, words.nextEntry, caseInsensitive,
                    true);
        }
        AutomatonCompiler compiler = new AutomatonCompiler(foldedKeys, wholeWords);
        Automaton automaton = compiler.compile();
        return new Gazetteer<>(automaton, null, folder, kept.toArray(), lengths, compiler.nextEntry,
                caseInsensitive, wholeWords);
    }
}
