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
     * Lower case, accents removed, punctuation and spacing folded: "Gökhan Dağlı" and "Gokhan  Dagli"
     * share a key, and so do "U.S." and "US".
     */
    public static String key(String name) {
        String folded = fold(MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll(""));
        String dotless = folded.replace(".", "").replace("’", "").replace("'", "");
        return NON_WORD.matcher(dotless.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** Latin letters that carry no combining mark, so NFD leaves them: "ı", "ł", "ø", "ß"... */
    private static String fold(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case 'ı' -> b.append('i');
                case 'ł' -> b.append('l');
                case 'Ł' -> b.append('L');
                case 'ø' -> b.append('o');
                case 'Ø' -> b.append('O');
                case 'đ' -> b.append('d');
                case 'Đ' -> b.append('D');
                case 'ß' -> b.append("ss");
                case 'æ' -> b.append("ae");
                case 'Æ' -> b.append("AE");
                case 'œ' -> b.append("oe");
                case 'Œ' -> b.append("OE");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
