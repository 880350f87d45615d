package io.clausewarden.classify;

/** One clause type assigned to a clause, with a confidence in [0, 1] and the CUAD category when there is one. */
public record TypeScore(String type, double confidence, String cuad) {
}
