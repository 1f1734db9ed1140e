package aurum.agreement.curation;

import aurum.core.model.Layer;
import aurum.core.model.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the agreed spans and the disagreement regions of a set of annotator layers. Only annotations count
 * ({@link aurum.core.model.SpanStatus#isAnnotation()}): open and rejected suggestions are nobody's decision.
 */
final class DisagreementFinder {

    private DisagreementFinder() {
    }

    /** The keys every layer has. */
    static Set<SpanKey> agreed(List<Layer> layers) {
        Set<SpanKey> result = null;
        for (Layer layer : layers) {
            Set<SpanKey> keys = new LinkedHashSet<>();
            layer.spans().stream().filter(s -> s.status().isAnnotation()).forEach(s -> keys.add(SpanKey.of(s)));
            if (result == null) {
                result = keys;
            } else {
                result.retainAll(keys);
            }
        }
        return result == null ? Set.of() : result;
    }

    /** The disagreement regions in text order, resolved or not according to {@code gold}. */
    static List<Disagreement> find(List<Layer> layers, Layer gold) {
        Set<SpanKey> agreed = agreed(layers);
        List<Span> candidates = new ArrayList<>();
        List<String> owners = new ArrayList<>(); // by position: span ids may repeat across layers
        for (Layer layer : layers) {
            for (Span span : layer.spans()) {
                if (span.status().isAnnotation() && !agreed.contains(SpanKey.of(span))) {
                    candidates.add(span);
                    owners.add(annotatorOf(layer));
                }
            }
        }
        Integer[] order = new Integer[candidates.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, Comparator.<Integer>comparingInt(i -> candidates.get(i).start())
                .thenComparingInt(i -> -candidates.get(i).end()));
        List<Disagreement> result = new ArrayList<>();
        int i = 0;
        while (i < order.length) {
            int regionStart = candidates.get(order[i]).start();
            int regionEnd = candidates.get(order[i]).end();
            List<Integer> members = new ArrayList<>();
            while (i < order.length && candidates.get(order[i]).start() < regionEnd) {
                members.add(order[i]);
                regionEnd = Math.max(regionEnd, candidates.get(order[i]).end());
                i++;
            }
            result.add(region(layers, candidates, owners, members, regionStart, regionEnd, agreed, gold));
        }
        return result;
    }

    private static Disagreement region(List<Layer> layers, List<Span> candidates, List<String> owners,
            List<Integer> members, int start, int end, Set<SpanKey> agreed, Layer gold) {
        Map<String, List<Span>> versions = new LinkedHashMap<>();
        layers.forEach(l -> versions.put(annotatorOf(l), new ArrayList<>()));
        for (int member : members) {
            versions.get(owners.get(member)).add(candidates.get(member));
        }
        List<String> silent = new ArrayList<>();
        List<List<Span>> marked = new ArrayList<>();
        versions.forEach((annotator, spans) -> {
            if (spans.isEmpty()) {
                silent.add(annotator);
            } else {
                marked.add(spans);
            }
        });
        boolean resolved = gold.overlapping(start, end).stream().anyMatch(s -> !agreed.contains(SpanKey.of(s)));
        Map<String, List<Span>> frozen = new LinkedHashMap<>();
        versions.forEach((annotator, spans) -> frozen.put(annotator, List.copyOf(spans)));
        return new Disagreement(start, end, kind(marked), java.util.Collections.unmodifiableMap(frozen),
                List.copyOf(silent), resolved);
    }

    private static DisagreementKind kind(List<List<Span>> marked) {
        Set<List<SpanKey>> full = new HashSet<>();
        Set<List<String>> offsets = new HashSet<>();
        Set<List<String>> labels = new HashSet<>();
        for (List<Span> spans : marked) {
            full.add(spans.stream().map(SpanKey::of).toList());
            offsets.add(spans.stream().map(s -> s.start() + ":" + s.end()).toList());
            labels.add(spans.stream().map(Span::labelId).sorted().toList());
        }
        if (full.size() == 1) {
            return DisagreementKind.PRESENCE;
        }
        if (offsets.size() == 1) {
            return DisagreementKind.LABEL;
        }
        return labels.size() == 1 ? DisagreementKind.BOUNDARY : DisagreementKind.LABEL_AND_BOUNDARY;
    }

    static String annotatorOf(Layer layer) {
        return ((aurum.core.model.LayerOwner.Annotator) layer.owner()).id();
    }
}
