package aurum.app.internal.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import aurum.corpus.store.CorpusStore;
import aurum.labels.corpus.CorpusLabelSet;
import aurum.labels.corpus.CorpusLabelSets;
import aurum.labels.migration.AppliedMigration;
import aurum.labels.migration.LabelChange;
import aurum.labels.migration.LabelMigration;
import aurum.labels.migration.LayerChange;
import aurum.labels.migration.MigrationPreview;
import aurum.labels.migration.UndoneMigration;
import aurum.labels.registry.LabelSetRegistry;

/**
 * {@code aurum labels rename|merge|delete|undo … --corpus DIR [--dry-run]}: label migrations from the
 * command line, printing the preview (spans per layer) before applying it.
 */
final class LabelMigrationCommands {

    static final List<String> ACTIONS = List.of("rename", "merge", "delete", "undo");

    private final LabelSetRegistry registry;

    LabelMigrationCommands(LabelSetRegistry registry) {
        this.registry = registry;
    }

    int run(String action, List<String> args, PrintStream out, PrintStream err) throws Exception {
        List<String> words = new ArrayList<>();
        List<String> optionArgs = new ArrayList<>();
        boolean dryRun = false;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--dry-run")) {
                dryRun = true;
            } else if (a.startsWith("--")) {
                optionArgs.add(a);
                if (i + 1 < args.size()) {
                    optionArgs.add(args.get(++i));
                }
            } else {
                words.add(a);
            }
        }
        CorpusStore store = CorpusStore.open(Path.of(new Options(optionArgs, Set.of("corpus")).required("corpus")));
        if (action.equals("undo")) {
            expect(words, 0, "undo takes no labels");
            return undo(store, out);
        }
        LabelChange change = switch (action) {
            case "rename" -> new LabelChange.Rename(expect(words, 2, "rename OLD NEW").get(0), words.get(1));
            case "merge" -> new LabelChange.Merge(expect(words, 2, "merge FROM INTO").get(0), words.get(1));
            default -> new LabelChange.Delete(expect(words, 1, "delete LABEL").get(0));
        };
        CorpusLabelSet current = new CorpusLabelSets(registry).resolve(store);
        MigrationPreview preview;
        try {
            preview = LabelMigration.preview(store, current.labelSet(), change);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        print(preview, out);
        if (dryRun) {
            out.printf("%d spans in %d layers would change (dry run: nothing written)%n", preview.spans(),
                    preview.layers().size());
            return 0;
        }
        AppliedMigration applied = preview.apply();
        out.printf("%d spans in %d layers changed; the corpus now uses %s from %s.%n", applied.spans(),
                applied.layers(), applied.labelSet().ref(), CorpusLabelSets.FILE);
        out.println("Undo with: aurum labels undo --corpus " + store.directory());
        return 0;
    }

    private static void print(MigrationPreview preview, PrintStream out) {
        out.printf("%s: label set %s %s -> %s%n", preview.change().describe(), preview.before().id(),
                preview.before().version(), preview.after().version());
        for (LayerChange l : preview.layers()) {
            out.printf("  %-28s %-24s %s%n", l.documentId(), l.owner().describe(),
                    l.deleted() > 0 ? l.deleted() + " deleted" : l.relabelled() + " relabelled");
        }
    }

    private static int undo(CorpusStore store, PrintStream out) throws Exception {
        var undone = LabelMigration.undoLast(store);
        if (undone.isEmpty()) {
            out.println("nothing to undo: no label migration was applied to " + store.directory());
            return 0;
        }
        UndoneMigration u = undone.get();
        out.printf("undid '%s': %d spans in %d layers restored; the corpus uses %s again%n", u.change(), u.spans(),
                u.layers(), u.labelSetNow() == null ? "no label set" : u.labelSetNow());
        return 0;
    }

    private static List<String> expect(List<String> words, int count, String usage) throws UsageException {
        if (words.size() != count) {
            throw new UsageException("expected: labels " + usage + " --corpus DIR, got " + words);
        }
        return words;
    }
}
