package aurum.app.internal.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.function.Supplier;

import aurum.core.model.LabelDefinition;
import aurum.core.model.LabelSet;
import aurum.labels.registry.LabelSetRegistry;

/**
 * {@code aurum labels}: the installed label sets with their labels, hotkeys and hierarchy; with an action word,
 * a label migration on a corpus ({@link LabelMigrationCommands}).
 */
final class LabelsCommand implements Command {

    private final Supplier<LabelSetRegistry> registry;

    LabelsCommand(Supplier<LabelSetRegistry> registry) {
        this.registry = registry;
    }

    @Override
    public String name() {
        return "labels";
    }

    @Override
    public String usage() {
        return "labels [rename OLD NEW | merge FROM INTO | delete LABEL | undo] [--corpus DIR] [--dry-run]";
    }

    @Override
    public String summary() {
        return "list the installed label sets; rename, merge or delete a corpus's label (with preview), or undo that";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        if (!args.isEmpty() && LabelMigrationCommands.ACTIONS.contains(args.get(0))) {
            return new LabelMigrationCommands(registry.get()).run(args.get(0), args.subList(1, args.size()), out, err);
        }
        new Options(args, java.util.Set.of());
        List<LabelSet> sets = registry.get().labelSets();
        for (LabelSet set : sets) {
            out.printf("%s %s  %s (%d labels)%n", set.id(), set.version(), set.name(), set.labels().size());
            set.labels().stream().filter(l -> l.parentId() == null).forEach(l -> print(set, l, 1, out));
        }
        out.println(sets.size() + " label sets");
        return 0;
    }

    private static void print(LabelSet set, LabelDefinition label, int depth, PrintStream out) {
        String key = label.hotkey() == null ? " " : label.hotkey().toString();
        out.printf("%s%-24s %s  %s%n", "  ".repeat(depth), label.id(), key, label.displayName());
        set.children(label.id()).forEach(child -> print(set, child, depth + 1, out));
    }
}
