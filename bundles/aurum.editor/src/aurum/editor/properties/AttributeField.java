package aurum.editor.properties;

import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import aurum.core.model.AttributeDefinition;
import aurum.core.model.AttributeType;
import aurum.core.model.AttributeValue;
import aurum.editor.annotations.SpanColumn;

/**
 * One attribute's row in the Properties view: a text field for strings and numbers, a read-only combo
 * for enumerations and booleans (with an empty choice that removes the attribute). Text fields commit
 * on Enter or when focus leaves, combos on selection.
 */
public final class AttributeField {

    private final AttributeDefinition definition;
    private final Control control;

    AttributeField(Composite parent, AttributeDefinition definition, AttributeValue value, Consumer<String> commit) {
        this.definition = definition;
        new Label(parent, SWT.NONE).setText(definition.name() + (definition.type() == AttributeType.NUMBER
                ? " (number)" : ""));
        String current = value == null ? "" : SpanColumn.valueText(value);
        if (definition.type() == AttributeType.ENUM || definition.type() == AttributeType.BOOLEAN) {
            Combo combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
            combo.add("");
            if (definition.type() == AttributeType.ENUM) {
                definition.allowedValues().forEach(combo::add);
            } else {
                combo.add("true");
                combo.add("false");
            }
            int index = combo.indexOf(current);
            combo.select(Math.max(index, 0));
            combo.addListener(SWT.Selection, e -> commit.accept(combo.getText()));
            control = combo;
        } else {
            Text text = new Text(parent, SWT.BORDER | SWT.SINGLE);
            text.setText(current);
            text.addListener(SWT.DefaultSelection, e -> commit.accept(text.getText()));
            text.addListener(SWT.FocusOut, e -> {
                if (!text.getText().equals(current)) {
                    commit.accept(text.getText());
                }
            });
            control = text;
        }
        control.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
    }

    /** The attribute this field edits. */
    public AttributeDefinition definition() {
        return definition;
    }

    /** The field's text or chosen value. */
    public String value() {
        return control instanceof Combo combo ? combo.getText() : ((Text) control).getText();
    }

    /** Types or chooses {@code value} and commits it, as the user would. */
    public void enter(String value) {
        if (control instanceof Combo combo) {
            combo.select(Math.max(combo.indexOf(value), 0));
            combo.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        } else {
            ((Text) control).setText(value);
            control.notifyListeners(SWT.DefaultSelection, new org.eclipse.swt.widgets.Event());
        }
    }

    /** The SWT control. */
    public Control control() {
        return control;
    }
}
