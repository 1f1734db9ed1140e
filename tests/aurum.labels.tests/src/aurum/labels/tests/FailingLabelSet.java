package aurum.labels.tests;

import aurum.core.model.LabelSet;
import aurum.labels.registry.LabelSetProvider;

/** A contributed class that throws: the registry must log it and go on. */
public class FailingLabelSet implements LabelSetProvider {

    @Override
    public LabelSet labelSet() {
        throw new IllegalStateException("this contribution is broken on purpose");
    }
}
