package aurum.corpus.internal.index;

import aurum.core.model.LayerOwner;
import java.util.List;

/**
 * The files of one document as found on disk.
 *
 * @param id the document id
 * @param stamp size and modification time of each file, in a fixed order; a different stamp means the
 *        document must be read again
 * @param owners the owners of the layer files found, gold first, then annotators by id
 */
record DocumentFiles(String id, String stamp, List<LayerOwner> owners) {
}
