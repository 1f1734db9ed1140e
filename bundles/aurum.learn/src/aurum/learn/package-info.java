/**
 * The learning recognizer ("model in the loop"): a name finder (Apache OpenNLP) trained on the spans a
 * corpus's annotators accepted or made, and on its gold layer, that proposes spans like any recognizer.
 * It works with any label set, since it learns whatever labels the corpus uses.
 * <p>
 * {@link aurum.learn.CorpusTraining} trains and stores a corpus's model ({@code aurum train}); the
 * {@link aurum.learn.LearningService} trains again in a background {@link aurum.learn.TrainModelJob} after
 * every {@link aurum.learn.LearningSettings#retrainAfter()} decided spans; {@link aurum.learn.StoredModels}
 * keeps the model and its {@link aurum.learn.ModelManifest} in the corpus's {@code .aurum/learn/};
 * {@link aurum.learn.LearnedRecognizer} proposes spans with the model's probabilities as confidence.
 * {@link aurum.learn.LearningSettings} turns learning off.
 */
package aurum.learn;
