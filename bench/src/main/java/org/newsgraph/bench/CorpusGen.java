package org.newsgraph.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The benchmark corpus: the GMB sentences of {@code shared/corpora/gmb-kaggle-ner/train.txt} (VOA news, one
 * tokenized sentence a line, name markup) regrouped into news-length articles and detokenized into plain
 * text, plus the real articles (seeds and dev set) spread among them. Deterministic for a given seed.
 *
 * <p>Article {@code k} takes the next run of consecutive sentences from a cursor that walks the source in
 * order and wraps around at its end; run lengths are drawn from a log-normal (median 17 sentences, about
 * 380 tokens, clipped to 6..45), so every pass over the source cuts it at different places and no two
 * articles are the same text, though each sentence is used several times over 10,000 articles (the source
 * has 43,200 sentences). Sentences are grouped into paragraphs of one to three, separated by a blank line.
 *
 * <pre>CorpusGen [--out DIR] [--articles N] [--source train.txt] [--real DIR]... [--seed S] [--json]</pre>
 *
 * With {@code --json} the articles are news-please {@code .json} files with a {@code date_publish} spread over
 * 2005-2008 (plain text carries no publication date, so only a dated corpus gives meetings and articles
 * dates); the default is {@code .txt}.
 */
public final class CorpusGen {

    static final String MANIFEST = "MANIFEST.tsv";

    private static final Set<String> NO_SPACE_BEFORE = Set.of(",", ".", ";", ":", "!", "?", "%", ")", "]", "}",
            "'s", "'S", "'", "n't", "'re", "'ve", "'ll", "'d", "'m", "...");
    private static final Set<String> NO_SPACE_AFTER = Set.of("(", "[", "{", "$");

    private CorpusGen() {
    }

    public static void main(String[] args) throws IOException {
        Args a = new Args(args);
        Path out = Path.of(a.get("--out", "bench/corpus"));
        int n = a.getInt("--articles", 10_000);
        Path source = Path.of(a.get("--source", "../shared/corpora/gmb-kaggle-ner/train.txt"));
        List<String> realDirs = a.getAll("--real");
        if (realDirs.isEmpty() && !a.has("--no-real")) {
            realDirs = List.of("../shared/eval/dev", "seeds");
        }
        long seed = a.getLong("--seed", 7);
        boolean json = a.has("--json");
        long t0 = System.nanoTime();
        Summary s = generate(source, realDirs.stream().map(Path::of).toList(), out, n, seed, json);
        System.out.printf(Locale.ROOT, "corpus: %d articles (%d real) in %s, %d sentences, %d tokens"
                        + " (%.0f tokens/article), each source sentence used %.1f times, %.1f s%n", s.articles,
                s.real, out, s.sentences, s.tokens, s.tokens / (double) s.articles, s.reuse,
                (System.nanoTime() - t0) / 1e9);
    }

    record Summary(int articles, int real, long sentences, long tokens, double reuse) {
    }

    /** Writes {@code n} articles into {@code out} (its old corpus files removed first) and a manifest. */
    static Summary generate(Path source, List<Path> realDirs, Path out, int n, long seed, boolean json)
            throws IOException {
        List<String[]> sentences = readSentences(source);
        if (sentences.isEmpty()) {
            throw new IllegalArgumentException("no sentences in " + source);
        }
        List<Path> real = new ArrayList<>();
        for (Path d : realDirs) {
            if (Files.isDirectory(d)) {
                try (Stream<Path> files = Files.list(d)) {
                    files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().forEach(real::add);
                }
            }
        }
        if (real.size() > n / 10) {
            real = real.subList(0, n / 10); // tiny corpora stay mostly generated
        }
        Files.createDirectories(out);
        clean(out);
        Random rnd = new Random(seed);
        int cursor = 0;
        long usedSentences = 0;
        long tokens = 0;
        int stride = real.isEmpty() ? Integer.MAX_VALUE : Math.max(1, n / real.size());
        int realIdx = 0;
        StringBuilder manifest = new StringBuilder("file\tkind\tsentences\ttokens\n");
        ObjectMapper om = new ObjectMapper();
        LocalDate epoch = LocalDate.of(2005, 1, 1);
        for (int k = 1; k <= n; k++) {
            String ext = json ? ".json" : ".txt";
            LocalDate date = epoch.plusDays(rnd.nextInt(4 * 365));
            boolean takeReal = realIdx < real.size() && k % stride == stride / 2;
            String name;
            String text;
            int nSent;
            long nTok;
            if (takeReal) {
                Path p = real.get(realIdx++);
                String base = p.getFileName().toString().replaceFirst("\\.txt$", "");
                name = String.format(Locale.ROOT, "%05d-real-%s", k, base);
                text = Files.readString(p, StandardCharsets.UTF_8);
                nSent = -1;
                nTok = text.strip().split("\\s+").length; // whitespace words: real texts are not pre-tokenized
            } else {
                int len = articleLength(rnd);
                StringBuilder sb = new StringBuilder();
                int inParagraph = 0;
                int paragraphLen = 1 + rnd.nextInt(3);
                nTok = 0;
                for (int i = 0; i < len; i++) {
                    String[] toks = sentences.get(cursor);
                    cursor = (cursor + 1) % sentences.size();
                    nTok += toks.length;
                    if (inParagraph == paragraphLen) {
                        sb.append("\n\n");
                        inParagraph = 0;
                        paragraphLen = 1 + rnd.nextInt(3);
                    } else if (inParagraph > 0) {
                        sb.append(' ');
                    }
                    sb.append(detokenize(toks));
                    inParagraph++;
                }
                sb.append('\n');
                text = sb.toString();
                name = String.format(Locale.ROOT, "%05d-gmb", k);
                nSent = len;
                usedSentences += len;
            }
            tokens += nTok;
            Path file = out.resolve(name + ext);
            if (json) {
                String title = firstWords(text, 10);
                String body = text;
                Map<String, Object> rec = Map.of("id", name, "title", title, "maintext", body,
                        "date_publish", date + " 12:00:00", "source_domain", "bench.newsgraph.invalid",
                        "language", "en");
                Files.writeString(file, om.writeValueAsString(rec), StandardCharsets.UTF_8);
            } else {
                Files.writeString(file, text, StandardCharsets.UTF_8);
            }
            manifest.append(file.getFileName()).append('\t').append(takeReal ? "real" : "gmb").append('\t')
                    .append(nSent).append('\t').append(nTok).append('\n');
        }
        Files.writeString(out.resolve(MANIFEST), manifest, StandardCharsets.UTF_8);
        return new Summary(n, realIdx, usedSentences, tokens, usedSentences / (double) sentences.size());
    }

    /** Log-normal, median 17 sentences, clipped to 6..45. */
    static int articleLength(Random rnd) {
        double v = Math.exp(Math.log(17) + 0.45 * rnd.nextGaussian());
        return (int) Math.max(6, Math.min(45, Math.round(v)));
    }

    private static String firstWords(String text, int n) {
        String[] w = text.strip().split("\\s+");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.min(n, w.length); i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(w[i]);
        }
        return sb.toString().replaceAll("[.,;:]+$", "");
    }

    private static void clean(Path out) throws IOException {
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(out, "[0-9][0-9][0-9][0-9][0-9]-*.{txt,json}")) {
            for (Path p : ds) {
                Files.delete(p);
            }
        }
        Files.deleteIfExists(out.resolve(MANIFEST));
    }

    /** The source's sentences as token arrays, name markup removed; empty lines (document breaks) skipped. */
    static List<String[]> readSentences(Path source) {
        List<String[]> out = new ArrayList<>();
        try (Stream<String> lines = Files.lines(source, StandardCharsets.UTF_8)) {
            lines.forEach(line -> {
                String s = line.strip();
                if (s.isEmpty()) {
                    return;
                }
                List<String> toks = new ArrayList<>();
                for (String t : s.split("\\s+")) {
                    if (!t.startsWith("<START:") && !t.equals("<END>")) {
                        toks.add(t);
                    }
                }
                if (!toks.isEmpty()) {
                    out.add(toks.toArray(String[]::new));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
        return out;
    }

    /**
     * Tokens back to text: no space before closing punctuation and clitics ({@code 's}, {@code n't}), none
     * after opening brackets and currency signs; straight double quotes alternate between opening (attached
     * to the next token) and closing (attached to the previous one); a sentence-final period after an
     * abbreviation that ends in one ({@code U.S. .}) is dropped.
     */
    static String detokenize(String[] toks) {
        StringBuilder sb = new StringBuilder();
        boolean quoteOpen = false;
        boolean glueNext = true;
        for (int i = 0; i < toks.length; i++) {
            String t = toks[i];
            if (t.equals(".") && i == toks.length - 1 && i > 0 && toks[i - 1].endsWith(".")) {
                continue;
            }
            boolean glue;
            boolean glueAfter;
            if (t.equals("\"")) {
                if (quoteOpen) {
                    glue = true;
                    glueAfter = false;
                } else {
                    glue = false;
                    glueAfter = true;
                }
                quoteOpen = !quoteOpen;
            } else {
                glue = NO_SPACE_BEFORE.contains(t) || t.startsWith("'") && t.length() <= 3 && i > 0
                        && Character.isLetter(toks[i - 1].charAt(toks[i - 1].length() - 1));
                glueAfter = NO_SPACE_AFTER.contains(t);
            }
            if (sb.length() > 0 && !glue && !glueNext) {
                sb.append(' ');
            }
            sb.append(t);
            glueNext = glueAfter;
        }
        return sb.toString();
    }
}
