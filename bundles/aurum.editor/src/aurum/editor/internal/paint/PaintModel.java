package aurum.editor.internal.paint;

import java.util.List;

import aurum.core.model.Layer;
import aurum.corpus.boilerplate.ExcludedRegion;

/** What the painter reads on each paint; the editor answers from its current state. */
public interface PaintModel {

    /** The layer shown, or null while loading. */
    Layer layer();

    /** The label colours. */
    LabelColours colours();

    /** The excluded regions, sorted and non-overlapping. */
    List<ExcludedRegion> excluded();

    /** The id of the span drawn as selected, or null. */
    String selectedSpanId();
}
