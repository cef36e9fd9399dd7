package org.newsgraph.learn;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.newsgraph.eval.EvaluationReport.Counts;

/**
 * Whether a change moved the cross-validated relations beyond noise: reads the per-article held-out counts of two
 * {@code scripts/train-relations} runs ({@code --cv-articles}) and prints, for met_with and called_for at each
 * run's chosen threshold (or at one given threshold), the paired bootstrap difference of F1 over the articles.
 *
 * <p>usage: {@code CompareRuns BEFORE.tsv AFTER.tsv [--at 0.70]}
 */
public final class CompareRuns {

    /** One run's counts: article id to {met_with, called_for} at each threshold, and its chosen thresholds. */
    record Run(Map<String, Map<String, Counts[]>> counts, String meetThreshold, String callThreshold) {

        static Run read(Path file) throws IOException {
            Map<String, Map<String, Counts[]>> counts = new LinkedHashMap<>();
            String meet = null;
            String call = null;
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.startsWith("#")) {
                    for (String setting : line.substring(1).trim().split("\\s+")) {
                        String[] kv = setting.split("=");
                        if (kv[0].equals("meet.threshold")) {
                            meet = kv[1];
                        } else if (kv[0].equals("call.threshold")) {
                            call = kv[1];
                        }
                    }
                    continue;
                }
                String[] c = line.split("\t");
                if (c.length != 8) {
                    throw new IOException(file + ": expected 8 tab-separated columns in: " + line);
                }
                int[] n = new int[6];
                for (int i = 0; i < 6; i++) {
                    n[i] = Integer.parseInt(c[i + 2]);
                }
                counts.computeIfAbsent(c[0], k -> new LinkedHashMap<>()).put(c[1],
                        new Counts[] {new Counts(n[0], n[1], n[2]), new Counts(n[3], n[4], n[5])});
            }
            if (meet == null || call == null) {
                throw new IOException(file + ": no '# meet.threshold=… call.threshold=…' header");
            }
            return new Run(counts, meet, call);
        }

        List<Counts> at(List<String> ids, String threshold, int relation) {
            List<Counts> out = new ArrayList<>();
            for (String id : ids) {
                Counts[] c = counts.get(id).get(threshold);
                if (c == null) {
                    throw new IllegalArgumentException("no threshold " + threshold + " for " + id);
                }
                out.add(c[relation]);
            }
            return out;
        }
    }

    private CompareRuns() {
    }

    public static void main(String[] args) {
        if (args.length != 2 && !(args.length == 4 && args[2].equals("--at"))) {
            System.err.println("usage: scripts/compare-relations BEFORE.tsv AFTER.tsv [--at THRESHOLD]"
                    + "  (the --cv-articles files of two scripts/train-relations runs)");
            System.exit(2);
        }
        Run before;
        Run after;
        try {
            before = Run.read(Path.of(args[0]));
            after = Run.read(Path.of(args[1]));
        } catch (java.nio.file.NoSuchFileException e) {
            System.err.println("compare-relations: no such file: " + e.getFile());
            System.exit(1);
            return;
        } catch (IOException | NumberFormatException e) {
            System.err.println("compare-relations: " + e.getMessage());
            System.exit(1);
            return;
        }
        List<String> ids = before.counts().keySet().stream().filter(after.counts()::containsKey).toList();
        if (ids.size() != before.counts().size() || ids.size() != after.counts().size()) {
            System.err.printf("comparing the %d articles both runs held out (%d and %d in all)%n", ids.size(),
                    before.counts().size(), after.counts().size());
        }
        try {
            String at = args.length == 4 ? String.format(Locale.ROOT, "%.2f", Double.parseDouble(args[3])) : null;
            System.out.print(line("met_with", ids, before, after, at == null ? before.meetThreshold() : at,
                    at == null ? after.meetThreshold() : at, 0));
            System.out.print(line("called_for", ids, before, after, at == null ? before.callThreshold() : at,
                    at == null ? after.callThreshold() : at, 1));
        } catch (IllegalArgumentException e) {
            System.err.println("compare-relations: " + e.getMessage() + " (thresholds: "
                    + Arrays.stream(CrossValidation.THRESHOLDS).mapToObj(t -> String.format(Locale.ROOT, "%.2f", t))
                    .collect(java.util.stream.Collectors.joining(" ")) + ")");
            System.exit(1);
        }
    }

    private static String line(String name, List<String> ids, Run before, Run after, String tBefore, String tAfter,
                               int relation) {
        List<Counts> x = before.at(ids, tBefore, relation);
        List<Counts> y = after.at(ids, tAfter, relation);
        double[] d = Bootstrap.difference(x, y);
        return String.format(Locale.ROOT, "%-10s  F1 %.3f (at %s) -> %.3f (at %s): %+.3f, 95%% interval %+.3f to"
                        + " %+.3f over %d articles, better in %.0f%% of draws%n", name,
                total(x).f1(), tBefore, total(y).f1(), tAfter, d[0], d[1], d[2], ids.size(),
                100 * d[3]);
    }

    private static Counts total(List<Counts> counts) {
        return counts.stream().reduce(Counts.ZERO, Counts::plus);
    }
}
