package io.clausewarden.redline;

import java.math.BigInteger;
import java.util.LinkedHashSet;
import java.util.Set;

/** Hands out revision and comment ids above every id already used in the document. */
final class RevisionIds {
    private long next;
    private final Set<BigInteger> issued = new LinkedHashSet<>();

    RevisionIds(long firstFree) {
        this.next = firstFree;
    }

    BigInteger next() {
        BigInteger id = BigInteger.valueOf(next++);
        issued.add(id);
        return id;
    }

    Set<BigInteger> issued() {
        return Set.copyOf(issued);
    }
}
