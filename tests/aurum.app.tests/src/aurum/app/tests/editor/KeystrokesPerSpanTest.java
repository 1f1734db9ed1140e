package aurum.app.tests.editor;

import static aurum.app.tests.editor.EditorDriver.open;
import static aurum.app.tests.editor.EditorDriver.page;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import aurum.app.tests.editor.SampleStore.GoldSpan;
import aurum.core.model.Span;
import aurum.core.model.SpanStatus;
import aurum.core.text.TokenBoundaries;
import aurum.corpus.store.CorpusStore;
import aurum.editor.annotation.AnnotationEditor;
import aurum.editor.internal.edit.SpanEditing;
import aurum.editor.preferences.AurumPreferences;

/**
 * Counts the keystrokes an annotator needs to turn the recognizers' suggestions into the hand-made gold
 * of each sample document, using the editor's real commands: Enter accepts (and moves on), Backspace
 * rejects, a hotkey relabels, Alt(+Shift)+arrows move a span's ends by a token, and a span the
 * recognizers missed costs a click, one Ctrl+Shift+Right per further token and its hotkey. The run must
 * end with exactly the gold spans accepted, so the count is of a finished job.
 */
class KeystrokesPerSpanTest {

    @AfterEach
    void closeEditors() {
        page().closeAllEditors(false);
    }

    @Test
    void annotatingTheSampleDocumentsFromSuggestions() throws Exception {
        InstanceScope.INSTANCE.getNode(AurumPreferences.NODE).put(AurumPreferences.ANNOTATOR, SampleStore.ANNOTATOR);
        InstanceScope.INSTANCE.getNode(AurumPreferences.NODE).putBoolean(AurumPreferences.SNAP_TO_TOKENS, true);
        CorpusStore store = SampleStore.create();
        StringBuilder report = new StringBuilder("document\tgold\tsuggested\tkeys\tkeys/span\n");
        int totalKeys = 0;
        int totalGold = 0;
        for (String id : store.documents().stream().map(d -> d.id()).toList()) {
            List<Span> suggested = SampleStore.suggest(store, id);
            List<GoldSpan> gold = SampleStore.gold(id);
            AnnotationEditor editor = open(store.directory(), id);
            int keys = annotate(editor, gold);
            Set<GoldSpan> result = new TreeSet<>(java.util.Comparator.comparingInt(GoldSpan::start)
                    .thenComparingInt(GoldSpan::end).thenComparing(GoldSpan::label));
            EditorDriver.awaitSaved();
            for (Span span : CorpusStore.open(store.directory()).loadLayer(id, SampleStore.OWNER).spans()) {
                if (span.status() != SpanStatus.REJECTED && span.status() != SpanStatus.SUGGESTED) {
                    result.add(new GoldSpan(span.labelId(), span.start(), span.end()));
                }
            }
            assertEquals(new HashSet<>(gold), new HashSet<>(result), "the stored layer of " + id + " equals the gold");
            report.append(String.format(Locale.ROOT, "%s\t%d\t%d\t%d\t%.2f%n", id, gold.size(), suggested.size(), keys,
                    keys / (double) gold.size()));
            totalKeys += keys;
            totalGold += gold.size();
            page().closeAllEditors(false);
        }
        report.append(String.format(Locale.ROOT, "all\t%d\t-\t%d\t%.2f%n", totalGold, totalKeys,
                totalKeys / (double) totalGold));
        Path out = Path.of(System.getProperty("aurum.screenshots", "target/screenshots")).resolveSibling("keystrokes.tsv");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.println("Keystrokes per gold span, from suggestions:\n" + report);
    }

    /** Walks the suggestions with the editor's commands; returns the keystrokes (and clicks) used. */
    private static int annotate(AnnotationEditor editor, List<GoldSpan> gold) {
        SpanEditing editing = editor.editing();
        String text = editor.textWidget().getText();
        List<GoldSpan> open = new ArrayList<>(gold);
        editor.textWidget().setSelection(0);
        int keys = 1; // Ctrl+. to the first suggestion
        editor.navigation().nextSuggestion();
        Set<String> seen = new HashSet<>();
        while (true) {
            Optional<Span> current = editor.state().selectedSpans().stream()
                    .filter(s -> s.status() == SpanStatus.SUGGESTED).reduce((a, b) -> b);
            if (current.isEmpty() || !seen.add(current.get().id())) {
                break;
            }
            Span span = current.get();
            Optional<GoldSpan> match = open.stream().filter(g -> g.start() < span.end() && span.start() < g.end())
                    .findFirst();
            if (match.isEmpty()) {
                keys++;
                editing.reject(span);
                continue;
            }
            GoldSpan target = match.get();
            keys += moveTo(editing, editor, span, target);
            Span fixed = editor.state().layer().find(span.id()).orElseThrow();
            if (fixed.start() != target.start() || fixed.end() != target.end()) {
                keys++;
                editing.reject(fixed);
                continue;
            }
            open.remove(target);
            if (!fixed.labelId().equals(target.label())) {
                keys += 2; // the hotkey relabels and accepts; Ctrl+. moves on
                editing.relabel(fixed, target.label());
                editor.navigation().nextSuggestionAfter(fixed);
            } else {
                keys++;
                editing.accept(fixed);
            }
        }
        for (GoldSpan missed : open) {
            int tokens = 0;
            for (int at = missed.start(); at >= 0 && at < missed.end(); at = TokenBoundaries.nextStart(text, at)) {
                tokens++;
            }
            keys += 1 + Math.max(0, tokens - 1) + 1; // click, Ctrl+Shift+Right per further token, hotkey
            editor.textWidget().setSelection(missed.start(), missed.end());
            editing.tagSelection(missed.label());
        }
        return keys;
    }

    private static int moveTo(SpanEditing editing, AnnotationEditor editor, Span span, GoldSpan target) {
        int keys = 0;
        editor.navigation().reveal(span);
        for (int guard = 0; guard < 20; guard++) {
            Span now = editor.state().layer().find(span.id()).orElseThrow();
            boolean moved;
            if (now.start() > target.start()) {
                moved = editing.moveEdge(SpanEditing.Edge.START, false);
            } else if (now.start() < target.start()) {
                moved = editing.moveEdge(SpanEditing.Edge.START, true);
            } else if (now.end() < target.end()) {
                moved = editing.moveEdge(SpanEditing.Edge.END, true);
            } else if (now.end() > target.end()) {
                moved = editing.moveEdge(SpanEditing.Edge.END, false);
            } else {
                break;
            }
            if (!moved) {
                break;
            }
            keys++;
        }
        return keys;
    }
}
