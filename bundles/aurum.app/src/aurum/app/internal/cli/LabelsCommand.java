package aurum.app.internal.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.function.Supplier;

import aurum.core.model.LabelDefinition;
import aurum.core.model.LabelSet;
import aurum.labels.registry.LabelSetRegistry;

/** {@code aurum labels}: the installed label sets with their labels, hotkeys and hierarchy. */
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
        return "labels";
    }

    @Override
    public String summary() {
        return "list the installed label sets, their labels and hotkeys";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
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
