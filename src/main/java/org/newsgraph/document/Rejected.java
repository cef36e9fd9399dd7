package org.newsgraph.document;

/**
 * Input that was not turned into an article: where it was and why, for one line on stderr. Serializable so
 * that the Spark job can gather rejections from its executors.
 */
public record Rejected(String origin, String reason) implements java.io.Serializable {

    /** A later input whose identifier an earlier input of the same run already has: the earlier one is kept. */
    public static Rejected duplicate(String origin, String id, String firstOrigin) {
        return new Rejected(origin, "identifier '" + id + "' was already read from " + firstOrigin
                + " (identifiers are file base names or record ids: rename one)");
    }

    @Override
    public String toString() {
        return origin + ": " + reason;
    }
}
