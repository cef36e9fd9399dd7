package org.newsgraph.resolve;

/**
 * A place in the text that refers to an entity.
 *
 * @param entity     index into {@link ResolvedText#entities()}
 * @param sentence   sentence index
 * @param firstToken first token within the sentence
 * @param endToken   token after the mention
 * @param start      character offset in the article
 * @param end        character offset in the article (exclusive)
 * @param kind       how it refers: by name, by description ("the Kenyan interior minister") or by pronoun
 */
public record EntityMention(int entity, int sentence, int firstToken, int endToken, int start, int end, Kind kind) {

    /** How a mention refers to its entity. */
    public enum Kind { NAME, DESCRIPTION, PRONOUN }

    public boolean covers(int token) {
        return token >= firstToken && token < endToken;
    }
}
