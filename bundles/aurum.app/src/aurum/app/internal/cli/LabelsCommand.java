package aurum.app.internal.cli;

import java.io.PrintStream;
import java.util.List;

import aurum.core.model.LabelDefinition;
import aurum.core.model.LabelSet;
import picocli.CommandLine.Command;

/**
 * {@code aurum labels}: the installed label sets with their labels, hotkeys and hierarchy; its sub-commands
 * {@code rename}, {@code merge}, {@code delete}, {@code subtypes} and {@code undo} migrate a corpus's labels
 * ({@link LabelMigrationCommands}).
 */
@Command(name = "labels", description = "List the installed label sets; rename, merge or delete a corpus's label,"
        + " turn a sub-type attribute into child labels (each with preview), or undo that.")
final class LabelsCommand extends CliCommand {

    LabelsCommand(CliContext context) {
        super(context);
    }

    /** This command with its migration sub-commands. */
    static picocli.CommandLine withActions(CliContext context) {
        picocli.CommandLine labels = new picocli.CommandLine(new LabelsCommand(context));
        for (Object action : LabelMigrationCommands.all(context)) {
            labels.addSubcommand(action);
        }
        return labels;
    }

    @Override
    public Integer call() {
        List<LabelSet> sets = context.services().labelSets().get().labelSets();
        for (LabelSet set : sets) {
            out().printf("%s %s  %s (%d labels)%n", set.id(), set.version(), set.name(), set.labels().size());
            set.labels().stream().filter(l -> l.parentId() == null).forEach(l -> print(set, l, 1, out()));
        }
        out().println(sets.size() + " label sets");
        return CommandLine.OK;
    }

    private static void print(LabelSet set, LabelDefinition label, int depth, PrintStream out) {
        String key = label.hotkey() == null ? " " : label.hotkey().toString();
        out.printf("%s%-24s %s  %s%n", "  ".repeat(depth), label.id(), key, label.displayName());
        set.children(label.id()).forEach(child -> print(set, child, depth + 1, out));
    }
}
