package aurum.export.ui.wizard;

import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;

import aurum.core.model.LayerState;
import aurum.export.LayerSelection;
import aurum.export.ui.model.Message;
import aurum.export.ui.model.SettingsCheck;

/** Page 2: which layer, which document states, which labels and what to call them. */
final class SelectionPage extends ExportPage {

    private static final Map<LayerState, String> STATE_TEXT = Map.of(LayerState.NEW, "Ne&w",
            LayerState.IN_PROGRESS, "In &progress", LayerState.DONE, "&Done", LayerState.CURATED, "&Curated");

    private Combo annotators;

    SelectionPage(ExportWizard wizard) {
        super("selection", "What to Export",
                "Choose the annotation layer, the document states and the labels, and rename labels if needed.", wizard);
    }

    @Override
    public void createControl(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        area.setLayout(new GridLayout(1, false));
        createLayerGroup(area);
        createStatesGroup(area);
        Group labels = new Group(area, SWT.NONE);
        labels.setText("Labels (uncheck to leave out; type a name under Export As to rename or merge)");
        labels.setLayout(new GridLayout(1, false));
        GridDataFactory.fillDefaults().grab(true, true).applyTo(labels);
        new LabelTable(labels, wizard.facts(), settings(), this::changed);
        setControl(area);
        update();
    }

    private void createLayerGroup(Composite area) {
        Group group = new Group(area, SWT.NONE);
        group.setText("Layer");
        group.setLayout(new GridLayout(2, false));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(group);
        Button gold = radio(group, "&Gold standard (curated; " + wizard.facts().goldDocuments() + " of "
                + wizard.facts().documents() + " documents)", LayerSelection.Kind.GOLD);
        GridDataFactory.swtDefaults().span(2, 1).applyTo(gold);
        Button annotator = radio(group, "One &annotator:", LayerSelection.Kind.ANNOTATOR);
        annotators = new Combo(group, SWT.READ_ONLY | SWT.DROP_DOWN);
        annotators.setItems(wizard.facts().annotators().toArray(String[]::new));
        int index = wizard.facts().annotators().indexOf(settings().annotator);
        annotators.select(Math.max(index, 0));
        settings().annotator = annotators.getSelectionIndex() < 0 ? "" : annotators.getText();
        annotators.setEnabled(settings().layer == LayerSelection.Kind.ANNOTATOR);
        annotators.addListener(SWT.Selection, e -> {
            settings().annotator = annotators.getText();
            changed();
        });
        annotator.setEnabled(!wizard.facts().annotators().isEmpty() || settings().layer == LayerSelection.Kind.ANNOTATOR);
        Button majority = radio(group, "&Majority vote of the annotators' layers (" + wizard.facts().annotators().size()
                + " annotators)", LayerSelection.Kind.MAJORITY);
        GridDataFactory.swtDefaults().span(2, 1).applyTo(majority);
    }

    private Button radio(Composite group, String text, LayerSelection.Kind kind) {
        Button button = new Button(group, SWT.RADIO);
        button.setText(text);
        button.setSelection(settings().layer == kind);
        button.addListener(SWT.Selection, e -> {
            if (button.getSelection()) {
                settings().layer = kind;
                annotators.setEnabled(kind == LayerSelection.Kind.ANNOTATOR);
                changed();
            }
        });
        return button;
    }

    private void createStatesGroup(Composite area) {
        Group group = new Group(area, SWT.NONE);
        group.setText("Document states (documents whose layer is in another state are skipped)");
        group.setLayout(new RowLayout());
        GridDataFactory.fillDefaults().grab(true, false).applyTo(group);
        for (LayerState state : LayerState.values()) {
            Button check = new Button(group, SWT.CHECK);
            check.setText(STATE_TEXT.get(state));
            check.setSelection(settings().states.contains(state));
            check.addListener(SWT.Selection, e -> {
                Set<LayerState> states = settings().states.isEmpty() ? EnumSet.noneOf(LayerState.class)
                        : EnumSet.copyOf(settings().states);
                if (check.getSelection()) {
                    states.add(state);
                } else {
                    states.remove(state);
                }
                settings().states = states;
                changed();
            });
        }
    }

    @Override
    protected Optional<Message> check() {
        return SettingsCheck.selectionPage(settings(), wizard.facts());
    }
}
