package org.newsgraph.resolve;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Name keys: the form under which two spellings of one name compare equal. */
public final class Names {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Names() {
    }

    /**
     * Lower case, accents removed, punctuation and spacing folded: "Raşit Meredow" and "Rasit  Meredow"
     * share a key, and so do "U.S." and "US".
     */
    public static String key(String name) {
        String folded = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        String dotless = folded.replace(".", "").replace("’", "").replace("'", "");
        return NON_WORD.matcher(dotless.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
