package aurum.bench.learn;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import aurum.labels.news.NewsRecognizers;
import aurum.labels.recognizer.Cancellation;
import aurum.labels.recognizer.RecognitionInput;
import aurum.labels.recognizer.Recognizer;
import aurum.labels.recognizer.Suggestion;
import aurum.labels.suggest.SuggestionRanking;
import aurum.learn.LearnedModel;
import aurum.learn.ModelParameters;
import aurum.learn.ModelTrainer;
import aurum.learn.TrainingDocument;
import aurum.learn.TrainingSpan;

/** The pieces the benches combine: the built-in news recognizers, a model trained on gold, and their merge. */
final class Learners {

    static final Set<String> LABELS = Set.of("AMOUNT", "OFFICIAL", "WEAPON");
    private static final List<Recognizer> BUILT_IN = NewsRecognizers.all();

    private Learners() {
    }

    /** What the built-in news recognizers propose, merged as {@code aurum suggest} merges them. */
    static List<Suggestion> builtIn(String id, String text) {
        return SuggestionRanking.mostConfidentFirst(raw(id, text));
    }

    static List<Suggestion> raw(String id, String text) {
        List<Suggestion> out = new ArrayList<>();
        for (Recognizer r : BUILT_IN) {
            out.addAll(r.recognize(new RecognitionInput(id, text), Cancellation.NONE));
        }
        return out;
    }

    /** Built-in plus learned, merged as {@code aurum suggest} merges them. */
    static List<Suggestion> combined(String id, String text, LearnedModel model) {
        List<Suggestion> all = raw(id, text);
        if (model != null) {
            all.addAll(model.suggest(text, Cancellation.NONE));
        }
        return SuggestionRanking.mostConfidentFirst(all);
    }

    /** Fully annotated training documents from dev-set documents (top-level labels). */
    static List<TrainingDocument> training(List<DevSet.Doc> docs) {
        List<TrainingDocument> out = new ArrayList<>();
        for (DevSet.Doc d : docs) {
            List<TrainingSpan> spans = d.gold().stream()
                    .map(g -> new TrainingSpan(g.start(), g.end(), Scores.top(g.label()))).toList();
            out.add(new TrainingDocument(d.id(), d.text(), spans, true));
        }
        return out;
    }

    static LearnedModel train(List<TrainingDocument> docs, ModelParameters parameters) {
        return new ModelTrainer(parameters).train(docs, Cancellation.NONE).model();
    }
}
