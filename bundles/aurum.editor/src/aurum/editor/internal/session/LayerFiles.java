package aurum.editor.internal.session;

import java.nio.file.Path;

import aurum.core.model.LayerOwner;

/**
 * Where the store keeps a layer file, as specified in docs/FORMAT.md; the editor needs the path only to
 * notice changes made by others (the command line, a git pull).
 */
public final class LayerFiles {

    private LayerFiles() {
    }

    /** The change journal beside a layer file: {@code <id>.journal.jsonl} for {@code <id>.json}. */
    public static Path journal(Path layerFile) {
        String name = layerFile.getFileName().toString();
        return layerFile.resolveSibling(name.substring(0, name.length() - ".json".length()) + ".journal.jsonl");
    }

    /** {@code layers/gold/<id>.json} or {@code layers/annotators/<annotator>/<id>.json} in {@code corpus}. */
    public static Path path(Path corpus, String documentId, LayerOwner owner) {
        Path layers = corpus.resolve("layers");
        return switch (owner) {
            case LayerOwner.Gold gold -> layers.resolve("gold").resolve(documentId + ".json");
            case LayerOwner.Annotator annotator -> layers.resolve("annotators").resolve(annotator.id())
                    .resolve(documentId + ".json");
        };
    }
}
