package io.clausewarden.classify;

import io.clausewarden.classify.CuadCorpus.Contract;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/** Splits contracts into folds of whole contracts: sorted by name, shuffled with the seed, dealt round-robin. */
final class Folds {
    private Folds() {
    }

    static List<List<Contract>> split(List<Contract> contracts, int k, long seed) {
        List<Contract> shuffled = new ArrayList<>(contracts);
        shuffled.sort(Comparator.comparing(Contract::name));
        Collections.shuffle(shuffled, new Random(seed));
        List<List<Contract>> folds = new ArrayList<>();
        for (int f = 0; f < k; f++) {
            folds.add(new ArrayList<>());
        }
        for (int i = 0; i < shuffled.size(); i++) {
            folds.get(i % k).add(shuffled.get(i));
        }
        return folds.stream().map(List::copyOf).toList();
    }

    /** Every contract of the folds except those of fold {@code f}. */
    static List<Contract> without(List<List<Contract>> folds, int f) {
        List<Contract> rest = new ArrayList<>();
        for (int i = 0; i < folds.size(); i++) {
            if (i != f) {
                rest.addAll(folds.get(i));
            }
        }
        return rest;
    }
}
