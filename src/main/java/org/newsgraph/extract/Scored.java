package org.newsgraph.extract;

/** A pair's decision in one sentence: the trigger that tells it and its score. */
record Scored(int trigger, double p) {

    static Scored max(Scored x, Scored y) {
        return x.p >= y.p ? x : y;
    }
}
