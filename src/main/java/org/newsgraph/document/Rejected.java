package org.newsgraph.document;

/**
 * Input that was not turned into an article: where it was and why, for one line on stderr. Serializable so
 * that the Spark job can gather rejections from its executors.
 */
public record Rejected(String origin, String reason) implements java.io.Serializable {

    @Override
    public String toString() {
        return origin + ": " + reason;
    }
}
