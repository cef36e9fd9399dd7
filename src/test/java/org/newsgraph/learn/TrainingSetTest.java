package org.newsgraph.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import opennlp.tools.ml.model.Event;
import org.junit.jupiter.api.Test;

class TrainingSetTest {

    private static TrainingArticle article(String id, String label) {
        return new TrainingArticle(id, "train", null, null, List.of(new Event(label, new String[] {"bias"})),
                List.of(), new TrainingArticle.Coverage(0, 0, 0, 0, 0, 0));
    }

    @Test
    void theTuningArticlesAreNeverTrainedOnAndTheCorpusCountsThreeTimes() {
        TrainingSet set = new TrainingSet(List.of(article("t-open", "yes")), List.of(article("c-item", "no")),
                List.of(article("w-written", "yes")), List.of(article("w-tuning", "no")));
        List<String> labels = set.events(TrainingArticle::meetEvents, a -> true).stream()
                .map(Event::getOutcome).toList();
        assertEquals(List.of("yes", "yes", "no", "no", "no"), labels);
    }
}
