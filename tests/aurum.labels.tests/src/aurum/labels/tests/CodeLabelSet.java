package aurum.labels.tests;

import java.util.List;

import aurum.core.model.LabelDefinition;
import aurum.core.model.LabelSet;
import aurum.labels.registry.LabelSetProvider;

/** A label set contributed as a class. */
public class CodeLabelSet implements LabelSetProvider {

    @Override
    public LabelSet labelSet() {
        return new LabelSet("code", "Code", "0.2.0", List.of(LabelDefinition.of("THING", "Thing").withHotkey('t')));
    }
}
