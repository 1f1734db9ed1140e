package aurum.editor.curation;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import aurum.agreement.curation.Disagreement;
import aurum.core.model.LayerState;
import aurum.core.model.Span;

/**
 * The strip above the curation text: which lane is which annotator (and the digit that accepts their
 * version), the versions of the disagreement under the caret side by side, and how far curation has got.
 */
final class CurationPanel {

    private final Composite strip;
    private final Label lanes;
    private final Label versions;
    private final Label progress;

    CurationPanel(Composite parent) {
        strip = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginHeight = 3;
        layout.verticalSpacing = 2;
        strip.setLayout(layout);
        strip.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        lanes = label();
        versions = label();
        progress = label();
        progress.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
        lanes.setText("Reading the annotators' layers…");
    }

    private Label label() {
        Label label = new Label(strip, SWT.WRAP);
        label.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        return label;
    }

    /** Shows the lane legend; {@code agreed} spans were pre-accepted when the editor opened. */
    void showLanes(List<String> annotators, int agreed) {
        StringBuilder text = new StringBuilder("Under each line: gold (thick), then one lane per annotator —");
        for (int i = 0; i < annotators.size(); i++) {
            text.append("  ").append(i + 1).append(" ").append(annotators.get(i));
        }
        text.append(".   Pre-accepted on opening: ").append(agreed).append(agreed == 1 ? " agreed span." : " agreed spans.");
        lanes.setText(text.toString());
    }

    /** Shows the versions of {@code current} (or a hint) and the progress line. */
    void show(Optional<Disagreement> current, List<Disagreement> all, LayerState goldState,
            Function<String, String> labelName, String text) {
        long open = all.stream().filter(d -> !d.resolved()).count();
        versions.setText(current.map(d -> describe(d, all, labelName, text))
                .orElse("Alt+Down / Alt+Up: next / previous open disagreement."));
        progress.setText(open == 0
                ? "Curated: no disagreement is open (" + all.size() + " settled); the gold layer is " + goldState + "."
                : open + " of " + all.size() + " disagreements open · gold layer " + goldState
                        + " · 1–9 accept a version, 0 or Backspace keep none");
        strip.getParent().layout(true, true);
    }

    private static String describe(Disagreement d, List<Disagreement> all, Function<String, String> labelName,
            String text) {
        StringBuilder out = new StringBuilder("Disagreement ").append(all.indexOf(d) + 1).append(" of ")
                .append(all.size()).append(" (").append(d.kind().name().toLowerCase().replace('_', ' '))
                .append(d.resolved() ? ", settled" : ", open").append("):");
        int lane = 1;
        for (var entry : d.versions().entrySet()) {
            out.append("   ").append(lane++).append(" ").append(entry.getKey()).append(": ");
            if (entry.getValue().isEmpty()) {
                out.append("—");
            }
            for (Span span : entry.getValue()) {
                out.append(labelName.apply(span.labelId())).append(" «")
                        .append(text, span.start(), span.end()).append("» ");
            }
        }
        return out.toString().strip();
    }

    /** The progress line, for tests. */
    String progressText() {
        return progress.getText();
    }

    /** The versions line, for tests. */
    String versionsText() {
        return versions.getText();
    }
}
