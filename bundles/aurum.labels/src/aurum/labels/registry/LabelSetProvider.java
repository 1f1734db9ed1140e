package aurum.labels.registry;

import aurum.core.model.LabelSet;

/** Builds a label set in code, for plugins that contribute {@code <labelSet class="…"/>} instead of a file. */
public interface LabelSetProvider {

    /** @return the label set; called once per registry refresh, under {@code SafeRunner} */
    LabelSet labelSet();
}
