package org.newsgraph.sparql;

import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.jena.query.QueryCancelledException;

/**
 * A string as a {@link CharSequence} that stops being read once its query is cancelled. Java's regular
 * expressions read their input only through {@link #charAt}, and a backtracking pattern such as
 * {@code ^(.*a){34}$} reads the same characters billions of times: the check here is what lets the query
 * timeout reach into a match that would otherwise run for hours.
 */
final class CancellableText implements CharSequence {

    private final String text;
    private final AtomicBoolean cancelled;

    CancellableText(String text, AtomicBoolean cancelled) {
        this.text = text;
        this.cancelled = cancelled;
    }

    @Override
    public char charAt(int index) {
        // a volatile read: cheap beside the matcher's own work on each character
        if (cancelled.get())
            throw new QueryCancelledException();
        return text.charAt(index);
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return new CancellableText(text.substring(start, end), cancelled);
    }

    @Override
    public String toString() {
        return text;
    }
}
