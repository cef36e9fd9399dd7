package org.newsgraph.resolve;

/** The three kinds of named entity newsgraph keeps. */
public enum EntityType {
    PERSON, ORGANIZATION, LOCATION;

    /** The type a name-finder label stands for ({@code person}, {@code organization}, {@code location}). */
    static EntityType ofModelLabel(String label) {
        return switch (label) {
            case "person" -> PERSON;
            case "organization" -> ORGANIZATION;
            case "location" -> LOCATION;
            default -> null;
        };
    }

    public boolean isAgent() {
        return this != LOCATION;
    }
}
