package aurum.export;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import aurum.core.model.LayerState;
import aurum.corpus.importer.OffsetUnit;

/**
 * Everything that decides what an export contains; recorded in the manifest so the dataset can be
 * reproduced. Start from {@link #defaults()} and change what you need with the {@code with…} methods.
 *
 * @param layer which annotations
 * @param states layer states to export (documents whose layer is in another state are skipped); empty for all
 * @param labels corpus label ids to export, or {@code PARENT.*} for every label below PARENT; empty for all
 * @param labelMap corpus label id (or {@code PARENT.*}, every label below PARENT) → output label, for
 *        renaming and merging
 * @param split the splits and their shares
 * @param seed the seed of the split assignment
 * @param stratify whether splits also balance label occurrences, not only documents
 * @param splitRules which alike documents stay in one split, and whether an uneven split is accepted
 * @param boundary what token formats do with a span edge inside a token
 * @param overlap what flat formats do with overlapping spans
 * @param tagScheme the tag scheme of CoNLL and Hugging Face exports
 * @param offsetUnit what character offsets count (JSONL, brat), or {@code null} for each format's own
 *        ({@link Exporter#defaultOffsetUnit()}: UTF-16 units in JSONL, code points in brat)
 * @param excludeRegions whether boilerplate regions are left out
 * @param aurumVersion written to the manifest
 */
public record ExportOptions(LayerSelection layer, Set<LayerState> states, Set<String> labels,
        Map<String, String> labelMap, SplitSpec split, long seed, boolean stratify, SplitRules splitRules, BoundaryPolicy boundary,
        OverlapPolicy overlap, TagScheme tagScheme, OffsetUnit offsetUnit, boolean excludeRegions,
        String aurumVersion) {

    /** Appended to a label id in {@link #labels} and {@link #labelMap}: every label below it ({@code WEAPON.*}). */
    public static final String SUB_TYPES = ".*";

    /** Copies the collections in sorted order so the manifest is stable. */
    public ExportOptions {
        Objects.requireNonNull(layer, "layer");
        states = Set.copyOf(new TreeSet<>(states));
        labels = java.util.Collections.unmodifiableSet(new TreeSet<>(labels));
        labelMap = java.util.Collections.unmodifiableMap(new TreeMap<>(labelMap));
        Objects.requireNonNull(split, "split");
        Objects.requireNonNull(splitRules, "splitRules");
        Objects.requireNonNull(boundary, "boundary");
        Objects.requireNonNull(overlap, "overlap");
        Objects.requireNonNull(tagScheme, "tagScheme");
        Objects.requireNonNull(aurumVersion, "aurumVersion");
    }

    /** Gold layer, every state and label, no split, seed 1, expand, fail on overlap, IOB2, each format's offsets. */
    public static ExportOptions defaults() {
        return new ExportOptions(LayerSelection.GOLD, Set.of(), Set.of(), Map.of(), SplitSpec.NONE, 1, false,
                SplitRules.DEFAULT, BoundaryPolicy.EXPAND, OverlapPolicy.FAIL, TagScheme.IOB2, null, true, "unknown");
    }

    public ExportOptions withLayer(LayerSelection value) {
        return new ExportOptions(value, states, labels, labelMap, split, seed, stratify, splitRules, boundary, overlap, tagScheme, offsetUnit, excludeRegions, aurumVersion);
    }

    public ExportOptions withStates(Set<LayerState> value) {
        return new ExportOptions(layer, value, labels, labelMap, split, seed, stratify, splitRules, boundary, overlap, tagScheme, offsetUnit, excludeRegions, aurumVersion);
    }

    public ExportOptions withLabels(Set<String> value) {
        return new ExportOptions(layer, states, value, labelMap, split, seed, stratify, splitRules, boundary, overlap, tagScheme, offsetUnit, excludeRegions, aurumVersion);
    }

    public ExportOptions withLabelMap(Map<String, String> value) {
        return new ExportOptions(layer, states, labels, value, split, seed, stratify, splitRules, boundary, overlap, tagScheme, offsetUnit, excludeRegions, aurumVersion);
    }

    public ExportOptions withSplit(SplitSpec value, long newSeed, boolean newStratify) {
        return new ExportOptions(layer, states, labels, labelMap, value, newSeed, newStratify, splitRules, boundary, overlap, tagScheme, offsetUnit, excludeRegions, aurumVersion);
    }

    public ExportOptions withSplitRules(SplitRules value) {
        return new ExportOptions(layer, states, labels, labelMap, split, seed, stratify, value, boundary, overlap, tagScheme, offsetUnit, excludeRegions, aurumVersion);
    }

    public ExportOptions withBoundary(BoundaryPolicy value) {
        return new ExportOptions(layer, states, labels, labelMap, split, seed, stratify, splitRules, value, overlap, tagScheme, offsetUnit, excludeRegions, aurumVersion);
    }

    public ExportOptions withOverlap(OverlapPolicy value) {
        return new ExportOptions(layer, states, labels, labelMap, split, seed, stratify, splitRules, boundary, value, tagScheme, offsetUnit, excludeRegions, aurumVersion);
    }

    public ExportOptions withTagScheme(TagScheme value) {
        return new ExportOptions(layer, states, labels, labelMap, split, seed, stratify, splitRules, boundary, overlap, value, offsetUnit, excludeRegions, aurumVersion);
    }

    public ExportOptions withOffsetUnit(OffsetUnit value) {
        return new ExportOptions(layer, states, labels, labelMap, split, seed, stratify, splitRules, boundary, overlap, tagScheme, value, excludeRegions, aurumVersion);
    }

    public ExportOptions withExcludeRegions(boolean value) {
        return new ExportOptions(layer, states, labels, labelMap, split, seed, stratify, splitRules, boundary, overlap, tagScheme, offsetUnit, value, aurumVersion);
    }

    public ExportOptions withAurumVersion(String value) {
        return new ExportOptions(layer, states, labels, labelMap, split, seed, stratify, splitRules, boundary, overlap, tagScheme, offsetUnit, excludeRegions, value);
    }

    /** The chosen offset unit, or {@code formatDefault} when none was chosen. */
    public OffsetUnit offsetUnitOr(OffsetUnit formatDefault) {
        return offsetUnit != null ? offsetUnit : formatDefault;
    }

    /**
     * The output label of a corpus label, after the mapping: its own entry, else the entry of the nearest
     * ancestor pattern {@code PARENT.*} (sub-types are child labels {@code PARENT.CHILD}, docs/LABELS.md), so
     * {@code WEAPON.*=WEAPON} folds every sub-type of WEAPON into it; else the label itself.
     */
    public String outputLabel(String corpusLabel) {
        String mapped = labelMap.get(corpusLabel);
        if (mapped != null) {
            return mapped;
        }
        for (int dot = corpusLabel.lastIndexOf('.'); dot > 0; dot = corpusLabel.lastIndexOf('.', dot - 1)) {
            mapped = labelMap.get(corpusLabel.substring(0, dot) + SUB_TYPES);
            if (mapped != null) {
                return mapped;
            }
        }
        return corpusLabel;
    }

    /** Whether spans with this corpus label are exported: listed itself, or below a listed {@code PARENT.*}. */
    public boolean selects(String corpusLabel) {
        if (labels.isEmpty() || labels.contains(corpusLabel)) {
            return true;
        }
        for (int dot = corpusLabel.lastIndexOf('.'); dot > 0; dot = corpusLabel.lastIndexOf('.', dot - 1)) {
            if (labels.contains(corpusLabel.substring(0, dot) + SUB_TYPES)) {
                return true;
            }
        }
        return false;
    }
}
