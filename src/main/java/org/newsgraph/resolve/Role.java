package org.newsgraph.resolve;

/**
 * A title a person holds, as the article states it ("Kenyan President Samuel Kiprono").
 *
 * @param person   index of the person entity
 * @param title    the title as written, without the person's name ("President")
 * @param roleOf   index of the country or organization the title belongs to, or -1
 * @param sentence the sentence that states it
 */
public record Role(int person, String title, int roleOf, int sentence) {
}
