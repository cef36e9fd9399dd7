package org.newsgraph.spark;

import java.io.Serializable;

import org.newsgraph.document.Article;
import org.newsgraph.document.Rejected;

/**
 * What reading gave for one input item: an article with its place in input order, or a rejection.
 *
 * @param position file order in the high bits, the item's number inside the file in the low ones
 */
record Parsed(Article article, Rejected rejected, long position) implements Serializable {

    static Parsed article(Article a, int fileOrder, int item) {
        return new Parsed(a, null, ((long) fileOrder << 32) | item);
    }

    static Parsed rejected(Rejected r) {
        return new Parsed(null, r, -1);
    }

    /** Of two articles with one identifier, the one read first, as ingest keeps it and skips the later. */
    static Parsed earlier(Parsed a, Parsed b) {
        return a.position <= b.position ? a : b;
    }
}
