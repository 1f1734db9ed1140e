package aurum.export.ui.wizard;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import aurum.corpus.importer.OffsetUnit;
import aurum.export.BoundaryPolicy;
import aurum.export.Exporter;
import aurum.export.OverlapPolicy;
import aurum.export.TagScheme;
import aurum.export.ui.model.Message;
import aurum.export.ui.model.SettingsCheck;

/**
 * Page 3: splits and the options of the chosen format. Options the format ignores are disabled, with the
 * reason beside them, so the page reads the same for every format.
 */
final class OptionsPage extends ExportPage {

    private Combo boundary;
    private Combo overlap;
    private Combo scheme;
    private Combo offsets;
    private Label formatNote;

    OptionsPage(ExportWizard wizard) {
        super("options", "Splits and Options",
                "Split the documents into train, dev and test, and choose how the format treats spans.", wizard);
    }

    @Override
    public void createControl(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        area.setLayout(new GridLayout(1, false));
        createSplitGroup(area);
        Group format = new Group(area, SWT.NONE);
        format.setText("Format options");
        format.setLayout(new GridLayout(2, false));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(format);
        boundary = combo(format, "Token &boundaries:", List.of("Expand the span to whole tokens",
                "Split the token at the span edge", "Drop the span"), settings().boundary.ordinal(),
                i -> settings().boundary = BoundaryPolicy.values()[i]);
        overlap = combo(format, "O&verlapping spans:", List.of("Stop the export and name them",
                "Keep the longest span", "Keep the span that starts first", "Write one export per label"),
                settings().overlap.ordinal(), i -> settings().overlap = OverlapPolicy.values()[i]);
        scheme = combo(format, "Tag sc&heme:", List.of("IOB1", "IOB2", "BILOU"), settings().scheme.ordinal(),
                i -> settings().scheme = TagScheme.values()[i]);
        offsets = combo(format, "Offsets co&unt:", List.of("UTF-16 units (Java, JavaScript)",
                "code points (Python)", "UTF-8 bytes (Rust, tokenizers)"), settings().offsets.ordinal(),
                i -> settings().offsets = OffsetUnit.values()[i]);
        Button keep = new Button(format, SWT.CHECK);
        keep.setText("&Keep boilerplate regions (datelines, bylines, footers) in the text");
        keep.setSelection(settings().keepBoilerplate);
        keep.addListener(SWT.Selection, e -> settings().keepBoilerplate = keep.getSelection());
        GridDataFactory.swtDefaults().span(2, 1).applyTo(keep);
        formatNote = new Label(format, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(500, SWT.DEFAULT).applyTo(formatNote);
        setControl(area);
        update();
    }

    private void createSplitGroup(Composite area) {
        Group group = new Group(area, SWT.NONE);
        group.setText("Splits");
        group.setLayout(new GridLayout(3, false));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(group);
        new Label(group, SWT.NONE).setText("&Split (%):");
        Text split = new Text(group, SWT.BORDER | SWT.SINGLE);
        split.setText(settings().split);
        split.setMessage("no split");
        split.addListener(SWT.Modify, e -> {
            settings().split = split.getText();
            changed();
        });
        GridDataFactory.fillDefaults().hint(120, SWT.DEFAULT).applyTo(split);
        new Label(group, SWT.NONE).setText("train/dev/test like 80/10/10, train/test like 90/10; empty for one file");
        new Label(group, SWT.NONE).setText("S&eed:");
        Text seed = new Text(group, SWT.BORDER | SWT.SINGLE);
        seed.setText(settings().seed);
        seed.addListener(SWT.Modify, e -> {
            settings().seed = seed.getText();
            changed();
        });
        GridDataFactory.fillDefaults().hint(120, SWT.DEFAULT).applyTo(seed);
        new Label(group, SWT.NONE).setText("the same seed gives the same split");
        Button stratify = new Button(group, SWT.CHECK);
        stratify.setText("S&tratify: also balance each label's spans across the splits");
        stratify.setSelection(settings().stratify);
        stratify.addListener(SWT.Selection, e -> settings().stratify = stratify.getSelection());
        GridDataFactory.swtDefaults().span(3, 1).applyTo(stratify);
        Label clusters = new Label(group, SWT.WRAP);
        clusters.setText("Near-duplicate documents always go to the same split.");
        GridDataFactory.swtDefaults().span(3, 1).applyTo(clusters);
    }

    /** A labelled read-only combo whose items follow the order of the enum it sets. */
    private Combo combo(Composite parent, String label, List<String> items, int selected, Consumer<Integer> set) {
        new Label(parent, SWT.NONE).setText(label);
        Combo combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
        combo.setItems(items.toArray(String[]::new));
        combo.select(selected);
        combo.addListener(SWT.Selection, e -> set.accept(combo.getSelectionIndex()));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(combo);
        return combo;
    }

    /** Enables what the chosen format uses. */
    @Override
    public void setVisible(boolean visible) {
        if (visible) {
            Optional<Exporter> exporter = wizard.exporter();
            boolean tokens = exporter.map(Exporter::tokenBased).orElse(true);
            boolean flat = exporter.map(e -> !e.allowsOverlaps()).orElse(true);
            boolean jsonl = exporter.map(e -> e.id().equals("jsonl")).orElse(true);
            boundary.setEnabled(tokens);
            scheme.setEnabled(tokens);
            overlap.setEnabled(flat);
            offsets.setEnabled(jsonl);
            String name = exporter.map(Exporter::id).orElse("this format");
            formatNote.setText((tokens ? name + " writes tokens (ICU word and sentence breaks)."
                    : name + " keeps character offsets; token boundaries and tag schemes do not apply.")
                    + (flat ? " It holds one label per token, so overlapping spans must be resolved."
                            : " It keeps overlapping spans.")
                    + (jsonl ? "" : " Offsets apply to JSONL only."));
            formatNote.getParent().layout(true);
        }
        super.setVisible(visible);
    }

    @Override
    protected Optional<Message> check() {
        return SettingsCheck.optionsPage(settings());
    }
}
