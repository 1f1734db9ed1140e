package aurum.corpus.internal.index;

import aurum.core.model.LayerOwner;
import aurum.corpus.internal.store.CorpusLayout;
import aurum.corpus.store.DocumentIds;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * Reads sizes and modification times of a corpus's files to tell what changed without reading them.
 * Two levels, see docs/FORMAT.md ("The index"): the modification times of the few folders, which
 * change whenever a file in them is created, renamed over or deleted (the store's atomic writes, git
 * checkouts), and, only when those differ, the stamps of every document's files.
 */
final class FolderStamps {

    private static final String LAYER_SUFFIX = ".json";

    private final CorpusLayout layout;

    FolderStamps(CorpusLayout layout) {
        this.layout = layout;
    }

    /** Modification times in nanoseconds of documents/, layers/gold/, layers/annotators/ and each annotator's folder. */
    SortedMap<String, Long> folderTimes() throws IOException {
        SortedMap<String, Long> times = new TreeMap<>();
        put(times, layout.documentsDir());
        put(times, layout.goldDir());
        put(times, layout.annotatorsDir());
        for (Path dir : annotatorDirs()) {
            put(times, dir);
        }
        return times;
    }

    private void put(Map<String, Long> times, Path dir) throws IOException {
        try {
            times.put(layout.name(dir), Files.readAttributes(dir, BasicFileAttributes.class).lastModifiedTime()
                    .to(TimeUnit.NANOSECONDS));
        } catch (NoSuchFileException e) {
            times.put(layout.name(dir), -1L);
        }
    }

    /** The folder of the file a store write replaced, as named in {@link #folderTimes()}. */
    String folderName(Path file) {
        return layout.name(file.getParent());
    }

    /** Every document (a {@code .meta.json} exists) with its files, by id. */
    Map<String, DocumentFiles> scanAll() throws IOException {
        Map<String, StringBuilder> stamps = new HashMap<>();
        Map<String, List<LayerOwner>> owners = new HashMap<>();
        Map<String, String> texts = new HashMap<>();
        for (Map.Entry<String, BasicFileAttributes> e : list(layout.documentsDir()).entrySet()) {
            String name = e.getKey();
            if (name.endsWith(".meta.json")) {
                stamps.put(name.substring(0, name.length() - ".meta.json".length()),
                        new StringBuilder("meta ").append(stamp(e.getValue())));
            } else if (name.endsWith(".txt")) {
                texts.put(name.substring(0, name.length() - ".txt".length()), stamp(e.getValue()));
            }
        }
        texts.forEach((id, stamp) -> {
            StringBuilder s = stamps.get(id);
            if (s != null) {
                s.append(" text ").append(stamp);
            }
        });
        addLayers(stamps, owners, layout.goldDir(), LayerOwner.GOLD);
        for (Path dir : annotatorDirs()) {
            addLayers(stamps, owners, dir, LayerOwner.annotator(dir.getFileName().toString()));
        }
        Map<String, DocumentFiles> result = new HashMap<>();
        stamps.forEach((id, s) -> result.put(id, new DocumentFiles(id, s.toString(),
                owners.getOrDefault(id, List.of()))));
        return result;
    }

    private void addLayers(Map<String, StringBuilder> stamps, Map<String, List<LayerOwner>> owners, Path dir,
            LayerOwner owner) throws IOException {
        String key = ownerKey(owner);
        layerParts(dir).forEach((id, part) -> {
            StringBuilder s = stamps.get(id);
            if (s != null) {
                s.append(' ').append(key).append(' ').append(part);
                owners.computeIfAbsent(id, k -> new ArrayList<>()).add(owner);
            }
        });
    }

    /** Per document id, the stamp of its layer file in {@code dir} and of that layer's journal, if any. */
    private static Map<String, String> layerParts(Path dir) throws IOException {
        SortedMap<String, BasicFileAttributes> files = list(dir);
        Map<String, String> parts = new HashMap<>();
        for (Map.Entry<String, BasicFileAttributes> e : files.entrySet()) {
            String name = e.getKey();
            if (name.endsWith(LAYER_SUFFIX)) {
                String id = name.substring(0, name.length() - LAYER_SUFFIX.length());
                BasicFileAttributes journal = files.get(id + CorpusLayout.JOURNAL_SUFFIX);
                parts.put(id, journal == null ? stamp(e.getValue()) : stamp(e.getValue()) + " journal " + stamp(journal));
            }
        }
        return parts;
    }

    /**
     * The files of every document in {@code indexed} when only layer folders changed since those stamps
     * were taken (named as in {@link #folderTimes()}): only the changed folders are listed, the parts of
     * the other folders are kept from {@code indexed}. After a {@code git pull} that touched one
     * annotator's layers this lists that folder instead of stamping every file of the corpus. Returns
     * {@code null} when {@code documents/} or the set of annotator folders changed, which needs
     * {@link #scanAll()}: only then can documents appear or go.
     */
    Map<String, DocumentFiles> rescan(Map<String, String> indexed, Set<String> changedFolders) throws IOException {
        Map<String, LayerOwner> owners = new HashMap<>();
        for (String folder : changedFolders) {
            LayerOwner owner = ownerOfFolder(folder);
            if (owner == null) {
                return null;
            }
            owners.put(folder, owner);
        }
        Map<String, StampParts> parts = new HashMap<>();
        indexed.forEach((id, stamp) -> parts.put(id, StampParts.parse(stamp)));
        for (Map.Entry<String, LayerOwner> changed : owners.entrySet()) {
            String key = ownerKey(changed.getValue());
            parts.values().forEach(p -> p.remove(key));
            layerParts(layout.root().resolve(changed.getKey())).forEach((id, part) -> {
                StampParts p = parts.get(id);
                if (p != null) {
                    p.put(key, part);
                }
            });
        }
        Map<String, DocumentFiles> result = new HashMap<>();
        parts.forEach((id, p) -> result.put(id, new DocumentFiles(id, p.stamp(), p.owners())));
        return result;
    }

    /** The owner whose layers {@code folder} holds, or {@code null} for any other folder. */
    private LayerOwner ownerOfFolder(String folder) {
        if (folder.equals(layout.name(layout.goldDir()))) {
            return LayerOwner.GOLD;
        }
        String annotators = layout.name(layout.annotatorsDir()) + "/";
        if (folder.startsWith(annotators)) {
            String id = folder.substring(annotators.length());
            return DocumentIds.isValid(id) ? LayerOwner.annotator(id) : null;
        }
        return null;
    }

    /** The files of one document, or {@code null} if it has no {@code .meta.json}. */
    DocumentFiles scan(String id) throws IOException {
        BasicFileAttributes meta = attributes(layout.meta(id));
        if (meta == null) {
            return null;
        }
        StringBuilder s = new StringBuilder("meta ").append(stamp(meta));
        BasicFileAttributes text = attributes(layout.text(id));
        if (text != null) {
            s.append(" text ").append(stamp(text));
        }
        List<LayerOwner> owners = new ArrayList<>();
        List<LayerOwner> candidates = new ArrayList<>();
        candidates.add(LayerOwner.GOLD);
        for (Path dir : annotatorDirs()) {
            candidates.add(LayerOwner.annotator(dir.getFileName().toString()));
        }
        for (LayerOwner owner : candidates) {
            BasicFileAttributes layer = attributes(layout.layer(id, owner));
            if (layer != null) {
                s.append(' ').append(ownerKey(owner)).append(' ').append(stamp(layer));
                BasicFileAttributes journal = attributes(layout.journal(id, owner));
                if (journal != null) {
                    s.append(" journal ").append(stamp(journal));
                }
                owners.add(owner);
            }
        }
        return new DocumentFiles(id, s.toString(), owners);
    }

    /** {@code gold} or {@code annotator:<id>}: how owners are named in the index. */
    static String ownerKey(LayerOwner owner) {
        return switch (owner) {
            case LayerOwner.Gold gold -> "gold";
            case LayerOwner.Annotator a -> "annotator:" + a.id();
        };
    }

    private List<Path> annotatorDirs() throws IOException {
        List<Path> dirs = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(layout.annotatorsDir())) {
            for (Path dir : entries) {
                String name = dir.getFileName().toString();
                if (Files.isDirectory(dir) && DocumentIds.isValid(name)) {
                    dirs.add(dir);
                }
            }
        } catch (NoSuchFileException e) {
            return dirs;
        }
        // by name as a string, the order StampParts puts annotators in, on every platform
        dirs.sort(Comparator.comparing(dir -> dir.getFileName().toString()));
        return dirs;
    }

    /** Regular files of {@code dir} by name, leaving out dot files (temporary files of atomic writes). */
    private static SortedMap<String, BasicFileAttributes> list(Path dir) throws IOException {
        SortedMap<String, BasicFileAttributes> files = new TreeMap<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path file : entries) {
                String name = file.getFileName().toString();
                if (!name.startsWith(".")) {
                    BasicFileAttributes attributes = attributes(file);
                    if (attributes != null && attributes.isRegularFile()) {
                        files.put(name, attributes);
                    }
                }
            }
        } catch (NoSuchFileException e) {
            return files;
        }
        return files;
    }

    private static BasicFileAttributes attributes(Path file) throws IOException {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    private static String stamp(BasicFileAttributes attributes) {
        return attributes.size() + ":" + attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS);
    }
}
