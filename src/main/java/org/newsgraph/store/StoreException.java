package org.newsgraph.store;

/** A store that cannot be opened or written, with a message fit for a user. */
public final class StoreException extends RuntimeException {

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
