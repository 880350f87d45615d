package io.clausewarden.classify;

import io.clausewarden.document.Clause;
import java.util.Map;

/**
 * One source of evidence about a clause's types: type id to a score in [0, 1]. Scores of several
 * scorers are combined as independent evidence (noisy-or) by {@link ClauseClassifier}.
 */
public interface ClauseScorer {
    Map<String, Double> score(Clause clause);
}
