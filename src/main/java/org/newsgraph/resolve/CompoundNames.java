package org.newsgraph.resolve;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newsgraph.nlp.Sentence;

/**
 * "a NATO-backed uprising", "the United Nations-brokered deal", "a Cairo-based group": a known body or place before a
 * hyphen and a participle (compound-participles.txt) is mentioned there, though the tokenizer keeps the compound one
 * token and the model takes the participle into the name or misses it. A demonym ("Saudi-led") names no one.
 */
final class CompoundNames {

    private static final Pattern COMPOUND = Pattern.compile("(\\p{Lu}.*)-(\\p{Ll}+)");
    private static final double CONFIDENCE = 0.9;

    private CompoundNames() {
    }

    /** Adds the name before each such compound, in place of what the model made of the words it spans. */
    static void find(Sentence s, Gazetteer gazetteer, List<Candidate> out) {
        for (int i = 0; i < s.size(); i++) {
            Matcher m = COMPOUND.matcher(s.token(i).text());
            if (!isCompound(s.token(i).text(), gazetteer) || !m.matches()) {
                continue;
            }
            int at = i;
            for (int first = Math.max(0, i - gazetteer.longestName()); first <= i; first++) {
                if (!capitalisedRun(s, first, i)) {
                    continue;
                }
                String name = s.text().substring(s.token(first).start() - s.start(),
                        s.token(i).start() - s.start() + m.group(1).length());
                Gazetteer.Known known = gazetteer.lookup(name);
                int from = first;
                // a weak name (a city, which can be a person's) only before "-based": "Agadir-based", not "Ruto-led"
                if (known == null || known.weak() && !gazetteer.isLocatedParticiple(m.group(2))
                        || gazetteer.countryOfDemonym(name) != null
                        || out.stream().anyMatch(c -> c.overlaps(s.index(), from, at + 1)
                        && (c.first() < from || c.end() > at + 1))) {
                    continue;
                }
                out.removeIf(c -> c.overlaps(s.index(), from, at + 1));
                out.add(new Candidate(s.index(), first, i + 1, known.type(), CONFIDENCE, known, -1, false, name));
                break;
            }
        }
    }

    /** "NATO-backed", "Tripoli-based": a name, a hyphen and such a participle, in one token. */
    static boolean isCompound(String token, Gazetteer gazetteer) {
        Matcher m = COMPOUND.matcher(token);
        return m.matches() && gazetteer.isCompoundParticiple(m.group(2));
    }

    /** Capitalised words from {@code first} up to (not including) {@code end}. */
    private static boolean capitalisedRun(Sentence s, int first, int end) {
        for (int k = first; k < end; k++) {
            if (!Character.isUpperCase(s.token(k).text().codePointAt(0))) {
                return false;
            }
        }
        return true;
    }
}
