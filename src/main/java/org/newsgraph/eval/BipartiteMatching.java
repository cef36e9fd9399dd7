package org.newsgraph.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Maximum one-to-one matching between two lists (Kuhn's augmenting paths). A greedy matching
 * would depend on the order of the items: a system entity that fits two gold entities could take
 * the one that a second system entity needed. The size of a maximum matching does not depend on
 * order, so neither do the scores.
 */
final class BipartiteMatching {

    /** Whether left item i may be matched with right item j. */
    @FunctionalInterface
    interface Compatible {
        boolean test(int left, int right);
    }

    private final List<List<Integer>> candidates;
    private final int[] leftOf;

    private BipartiteMatching(int leftCount, int rightCount, Compatible compatible) {
        candidates = new ArrayList<>(leftCount);
        for (int i = 0; i < leftCount; i++) {
            List<Integer> rights = new ArrayList<>();
            for (int j = 0; j < rightCount; j++) {
                if (compatible.test(i, j)) {
                    rights.add(j);
                }
            }
            candidates.add(rights);
        }
        leftOf = new int[rightCount];
        Arrays.fill(leftOf, -1);
    }

    /**
     * For each left item, the index of the right item it is matched with, or -1. Ties between
     * maximum matchings go to earlier items, so the same input always gives the same pairs.
     */
    static int[] maximum(int leftCount, int rightCount, Compatible compatible) {
        BipartiteMatching matching = new BipartiteMatching(leftCount, rightCount, compatible);
        for (int i = 0; i < leftCount; i++) {
            matching.augment(i, new boolean[rightCount]);
        }
        return matching.rightOfLeft(leftCount);
    }

    /** The size of a maximum matching. */
    static int size(int leftCount, int rightCount, Compatible compatible) {
        return (int) Arrays.stream(maximum(leftCount, rightCount, compatible)).filter(j -> j >= 0).count();
    }

    private boolean augment(int left, boolean[] visited) {
        for (int right : candidates.get(left)) {
            if (!visited[right]) {
                visited[right] = true;
                if (leftOf[right] < 0 || augment(leftOf[right], visited)) {
                    leftOf[right] = left;
                    return true;
                }
            }
        }
        return false;
    }

    private int[] rightOfLeft(int leftCount) {
        int[] rightOf = new int[leftCount];
        Arrays.fill(rightOf, -1);
        for (int j = 0; j < leftOf.length; j++) {
            if (leftOf[j] >= 0) {
                rightOf[leftOf[j]] = j;
            }
        }
        return rightOf;
    }
}
