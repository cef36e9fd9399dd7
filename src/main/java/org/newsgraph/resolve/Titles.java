package org.newsgraph.resolve;

/** Titles of office, for the stages after this one ("the interim sports minister, Jane Doe"). */
public final class Titles {

    private Titles() {
    }

    /** True for a word that is part of a title ("Minister", "foreign", "Deputy"). */
    public static boolean isTitleWord(String word) {
        return Gazetteer.shared().isTitleWord(word);
    }

    /** Whether a word ends a title, naming the office ("president", "Minister"), not only qualifying it. */
    public static boolean isTitleHead(String word) {
        return Gazetteer.shared().isTitleHead(word);
    }
}
