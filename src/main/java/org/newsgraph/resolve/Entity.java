package org.newsgraph.resolve;

import java.util.List;

/**
 * One real-world entity named in an article.
 *
 * @param canonical  the name its identity rests on (a known name's standard form, else its label);
 *                   the same entity in two articles has the same type and canonical name
 * @param type       person, organization or location
 * @param label      the fullest proper name used for it
 * @param aliases    every other form that names it in the article (short names, acronyms, descriptions)
 * @param confidence how sure the typing is, in [0,1]
 */
public record Entity(String canonical, EntityType type, String label, List<String> aliases, double confidence) {

    public Entity {
        aliases = List.copyOf(aliases);
    }
}
