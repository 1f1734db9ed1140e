package aurum.app.internal.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import aurum.corpus.store.CorpusStore;
import aurum.labels.corpus.CorpusLabelSet;
import aurum.labels.corpus.CorpusLabelSets;
import aurum.labels.migration.AppliedMigration;
import aurum.labels.migration.LabelChange;
import aurum.labels.migration.LabelMigration;
import aurum.labels.migration.LayerChange;
import aurum.labels.migration.MigrationPreview;
import aurum.labels.migration.UndoneMigration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code aurum labels rename|merge|delete|subtypes|undo … --corpus DIR [--dry-run]}: label migrations from the
 * command line, printing the preview (spans per layer) before applying it.
 */
final class LabelMigrationCommands {

    private LabelMigrationCommands() {
    }

    static List<Object> all(CliContext context) {
        return List.of(new Rename(context), new Merge(context), new Delete(context), new Subtypes(context),
                new Undo(context));
    }

    /** What every migration takes: the corpus and whether to only preview. */
    abstract static class Migration extends CliCommand {

        @Option(names = "--corpus", paramLabel = "DIR", required = true, description = "The corpus folder.")
        Path corpus;

        @Option(names = "--dry-run", description = "Print the preview only; write nothing.")
        boolean dryRun;

        Migration(CliContext context) {
            super(context);
        }

        abstract LabelChange change() throws UsageException;

        @Override
        public Integer call() throws Exception {
            CorpusStore store = CorpusStore.open(corpus);
            LabelChange change = change();
            CorpusLabelSet current = new CorpusLabelSets(context.services().labelSets().get()).resolve(store);
            MigrationPreview preview;
            try {
                preview = LabelMigration.preview(store, current.labelSet(), change,
                        context.services().labelSets().get().labelSets());
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
            print(preview, out());
            if (dryRun) {
                out().printf("%d spans in %d layers would change (dry run: nothing written)%n", preview.spans(),
                        preview.layers().size());
                return CommandLine.OK;
            }
            AppliedMigration applied = preview.apply();
            out().printf("%d spans in %d layers changed; the corpus now uses %s from %s.%n", applied.spans(),
                    applied.layers(), applied.labelSet().ref(), CorpusLabelSets.FILE);
            out().println("Undo with: aurum labels undo --corpus " + store.directory());
            return CommandLine.OK;
        }
    }

    @Command(name = "rename", description = "Rename a label in the corpus's label set and in every layer.")
    static final class Rename extends Migration {
        @Parameters(index = "0", paramLabel = "OLD", description = "The label to rename.")
        String from;
        @Parameters(index = "1", paramLabel = "NEW", description = "Its new id.")
        String to;

        Rename(CliContext context) {
            super(context);
        }

        @Override
        LabelChange change() throws UsageException {
            if (!to.matches("[^\\s\\p{Cntrl}]+")) {
                throw new UsageException("'" + to + "' cannot be a label id: it has "
                        + (to.isEmpty() ? "no characters" : "white space or control characters") + ", which break the"
                        + " columns of CoNLL and brat exports; e.g. '" + to.strip().replaceAll("[\\s\\p{Cntrl}]+", "_")
                        + "'");
            }
            return new LabelChange.Rename(from, to);
        }
    }

    @Command(name = "merge", description = "Merge a label into another: its spans take the other label.")
    static final class Merge extends Migration {
        @Parameters(index = "0", paramLabel = "FROM", description = "The label that goes away.")
        String from;
        @Parameters(index = "1", paramLabel = "INTO", description = "The label its spans take.")
        String into;

        Merge(CliContext context) {
            super(context);
        }

        @Override
        LabelChange change() {
            return new LabelChange.Merge(from, into);
        }
    }

    @Command(name = "delete", description = "Delete a label and its spans from every layer.")
    static final class Delete extends Migration {
        @Parameters(index = "0", paramLabel = "LABEL", description = "The label to delete.")
        String label;

        Delete(CliContext context) {
            super(context);
        }

        @Override
        LabelChange change() {
            return new LabelChange.Delete(label);
        }
    }

    @Command(name = "subtypes", description = "Turn the values of a label's ENUM attribute into its child labels"
            + " (WEAPON with topic=SPACE becomes WEAPON.SPACE) in the label set and in every layer; docs/LABELS.md,"
            + " 'Sub-types are child labels'.")
    static final class Subtypes extends Migration {
        @Parameters(index = "0", paramLabel = "LABEL", description = "The parent label, e.g. WEAPON.")
        String label;
        @Parameters(index = "1", paramLabel = "ATTRIBUTE", description = "Its attribute naming the sub-type, e.g. topic.")
        String attribute;

        Subtypes(CliContext context) {
            super(context);
        }

        @Override
        LabelChange change() {
            return new LabelChange.Subtypes(label, attribute);
        }
    }

    @Command(name = "undo", description = "Undo the last label migration applied to the corpus.")
    static final class Undo extends CliCommand {
        @Option(names = "--corpus", paramLabel = "DIR", required = true, description = "The corpus folder.")
        Path corpus;

        Undo(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() throws Exception {
            CorpusStore store = CorpusStore.open(corpus);
            var undone = LabelMigration.undoLast(store);
            if (undone.isEmpty()) {
                out().println("nothing to undo: no label migration was applied to " + store.directory());
                return CommandLine.OK;
            }
            UndoneMigration u = undone.get();
            out().printf("undid '%s': %d spans in %d layers restored; the corpus uses %s again%n", u.change(),
                    u.spans(), u.layers(), u.labelSetNow() == null ? "no label set" : u.labelSetNow());
            return CommandLine.OK;
        }
    }

    private static void print(MigrationPreview preview, PrintStream out) {
        out.printf("%s: label set %s %s -> %s%n", preview.change().describe(), preview.before().id(),
                preview.before().version(), preview.after().version());
        for (LayerChange l : preview.layers()) {
            out.printf("  %-28s %-24s %s%n", l.documentId(), l.owner().describe(),
                    l.deleted() > 0 ? l.deleted() + " deleted" : l.relabelled() + " relabelled");
        }
    }
}
