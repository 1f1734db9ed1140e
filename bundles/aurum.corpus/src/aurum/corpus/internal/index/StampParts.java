package aurum.corpus.internal.index;

import aurum.core.model.LayerOwner;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A document's file stamp taken apart: the part of its {@code documents/} files, and the part of each
 * layer (the layer file and its journal) by owner. Lets a rescan replace the parts of the folders that
 * changed and keep the others as indexed. {@link #stamp()} puts them together exactly as
 * {@link FolderStamps#scanAll} writes a stamp: {@code meta S:T [text S:T]}, then gold, then annotators
 * by id, each {@code <owner> S:T [journal S:T]}.
 */
final class StampParts {

    /** Gold first, then annotators by id, the order of {@link DocumentFiles#owners()}. */
    private static final Comparator<String> OWNER_ORDER = (a, b) -> a.equals(b) ? 0
            : a.equals("gold") ? -1 : b.equals("gold") ? 1 : a.compareTo(b);

    private final String documentPart;
    private final Map<String, String> layerParts = new TreeMap<>(OWNER_ORDER);

    private StampParts(String documentPart) {
        this.documentPart = documentPart;
    }

    /** Splits a stamp as {@link FolderStamps} writes it. */
    static StampParts parse(String stamp) {
        String[] tokens = stamp.split(" ", -1);
        StringBuilder head = new StringBuilder();
        int i = 0;
        for (; i + 1 < tokens.length && (tokens[i].equals("meta") || tokens[i].equals("text")); i += 2) {
            if (!head.isEmpty()) {
                head.append(' ');
            }
            head.append(tokens[i]).append(' ').append(tokens[i + 1]);
        }
        StampParts parts = new StampParts(head.toString());
        String owner = null;
        for (; i + 1 < tokens.length; i += 2) {
            if (tokens[i].equals("journal") && owner != null) {
                parts.layerParts.merge(owner, "journal " + tokens[i + 1], (a, b) -> a + " " + b);
            } else {
                owner = tokens[i];
                parts.layerParts.put(owner, tokens[i + 1]);
            }
        }
        return parts;
    }

    /** Forgets the layer of {@code ownerKey}, before the rescan of its folder puts back what it found. */
    void remove(String ownerKey) {
        layerParts.remove(ownerKey);
    }

    /** @param part {@code S:T} of the layer file, then {@code journal S:T} if it has a journal */
    void put(String ownerKey, String part) {
        layerParts.put(ownerKey, part);
    }

    String stamp() {
        StringBuilder s = new StringBuilder(documentPart);
        layerParts.forEach((owner, part) -> s.append(' ').append(owner).append(' ').append(part));
        return s.toString();
    }

    List<LayerOwner> owners() {
        List<LayerOwner> owners = new ArrayList<>(layerParts.size());
        layerParts.keySet().forEach(key -> owners.add(IndexFields.owner(key)));
        return owners;
    }
}
