package org.newsgraph.resolve;

import java.util.List;

/** Titles of office, for the stages after this one ("the interim sports minister, Jane Doe"). */
public final class Titles {

    private Titles() {
    }

    /** True for a word that is part of a title ("Minister", "foreign", "Deputy"). */
    public static boolean isTitleWord(String word) {
        return Gazetteer.shared().isTitleWord(word);
    }

    /**
     * Whether written words are only a title with the country or body it belongs to ("Kenyan President", "Ghana
     * King", "AU Commission Chairperson"): titles, demonyms, organization words, known places and bodies, and "of"
     * and "the"; no name.
     */
    public static boolean isTitleAlone(List<String> words) {
        Gazetteer g = Gazetteer.shared();
        return words.stream().anyMatch(g::isTitleHead) && words.stream().allMatch(w -> g.isTitleWord(w)
                || g.countryOfDemonym(w) != null || g.isOrgWord(w) || g.lookup(w) != null
                || w.equalsIgnoreCase("of") || w.equalsIgnoreCase("the"));
    }

    /** Whether a word ends a title, naming the office ("president", "Minister"), not only qualifying it. */
    public static boolean isTitleHead(String word) {
        return Gazetteer.shared().isTitleHead(word);
    }
}
