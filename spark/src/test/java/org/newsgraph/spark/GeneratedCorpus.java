package org.newsgraph.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Invented news for the tests: diplomats who meet, call for things and are named in full or by surname, written
 * from sentences made up here (no third-party text). Deterministic for a seed.
 */
final class GeneratedCorpus {

    private static final String[][] PEOPLE = {
            {"Amina Njeri Wanjiru", "Wanjiru", "Kenya"}, {"Tomas Berglund", "Berglund", "Sweden"},
            {"Keiko Tanabe", "Tanabe", "Japan"}, {"Rafael Quintero", "Quintero", "Chile"},
            {"Lindiwe Dube", "Dube", "South Africa"}, {"Jonas Petraitis", "Petraitis", "Lithuania"},
            {"Mariam Haddad", "Haddad", "Jordan"}, {"Oskar Lindqvist", "Lindqvist", "Norway"},
            {"Priya Raman", "Raman", "India"}, {"Mateo Alvarez", "Alvarez", "Peru"}};
    private static final String[] TITLES = {"Foreign Minister", "Prime Minister", "Trade Minister", "President"};
    private static final String[] CITIES = {"Nairobi", "Stockholm", "Tokyo", "Geneva", "Vienna", "Lima"};
    private static final String[] BODIES = {"the United Nations", "the World Bank", "the African Union",
            "the European Union"};
    private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"};
    private static final String[] TOPICS = {"closer cooperation on trade and energy", "an end to the fighting",
            "more aid for the refugees", "new talks on the border dispute", "the release of the detained reporters"};

    private GeneratedCorpus() {
    }

    /** {@code n} articles as .txt files named {@code gen-00000.txt}…; returns the files. */
    static List<Path> write(Path dir, int n, long seed) throws IOException {
        Files.createDirectories(dir);
        Random r = new Random(seed);
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Path f = dir.resolve(String.format("gen-%05d.txt", i));
            Files.writeString(f, article(r, i % 10 == 9));
            files.add(f);
        }
        return files;
    }

    /** One article; {@code surnameOnly} names the first person by surname alone, as follow-up stories do. */
    static String article(Random r, boolean surnameOnly) {
        String[] a = PEOPLE[r.nextInt(PEOPLE.length)];
        String[] b = PEOPLE[r.nextInt(PEOPLE.length)];
        while (b == a) {
            b = PEOPLE[r.nextInt(PEOPLE.length)];
        }
        String city = pick(r, CITIES);
        String first = surnameOnly ? a[1] : pick(r, TITLES) + " " + a[0] + " of " + a[2];
        StringBuilder t = new StringBuilder();
        t.append(a[1]).append(" and ").append(b[1]).append(" Hold Talks in ").append(city).append("\n\n");
        t.append(first).append(" met with ").append(pick(r, TITLES)).append(' ').append(b[0]).append(" of ")
                .append(b[2]).append(" in ").append(city).append(" on ").append(pick(r, DAYS)).append(".\n\n");
        List<String> more = new ArrayList<>(List.of(
                "The two sides discussed regional security and trade, according to a joint statement.",
                a[1] + " called for " + pick(r, TOPICS) + ".",
                b[1] + " urged " + pick(r, BODIES) + " to do more for the region.",
                "Officials from " + pick(r, BODIES) + " also attended the talks in " + city + ".",
                a[1] + " told reporters that the meeting had been useful.",
                "Further talks between the two governments are planned for next month.",
                "The visit was the first by a senior official from " + b[2] + " in five years."));
        java.util.Collections.shuffle(more, r);
        int k = 2 + r.nextInt(4);
        for (int i = 0; i < k; i++) {
            t.append(more.get(i)).append(i % 2 == 1 ? "\n\n" : " ");
        }
        return t.toString().strip() + "\n";
    }

    private static String pick(Random r, String[] options) {
        return options[r.nextInt(options.length)];
    }
}
