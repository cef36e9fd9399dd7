package org.newsgraph.document;

/** Input that was not turned into an article: where it was and why, for one line on stderr. */
public record Rejected(String origin, String reason) {

    @Override
    public String toString() {
        return origin + ": " + reason;
    }
}
