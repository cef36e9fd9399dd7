package org.newsgraph.document;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Reads article files: {@code .txt} (UTF-8; identifier = base name), news-please {@code .json} and
 * {@code .jsonl}, folders (recursively, in name order) and {@code -} for standard input.
 * Every input ends as exactly one call to the sink per article: an {@link Article}, or a {@link Rejected}
 * that names the file (and line) and the reason. Nothing here throws for bad content.
 */
public final class ArticleReader {

    /** Receives what the reader finds, in input order. */
    public interface Sink {
        void article(Article article);

        void rejected(Rejected rejected);
    }

    /**
     * One file's content wherever it is stored (a local disk here, any Hadoop file system in the Spark job),
     * so that every reader of article files applies exactly these rules.
     */
    public interface Source {
        long size() throws IOException;

        InputStream open() throws IOException;
    }

    public static final long DEFAULT_MAX_ARTICLE_BYTES = 10L * 1024 * 1024;

    /**
     * The longest stretch of text without a place where a sentence could end (. ! ? or a line break). The NLP
     * models search each sentence with a beam whose cost grows with the square of the sentence's length: a
     * 100,000-character run takes seconds, a megabyte hours. No prose has a sentence of 10,000 characters.
     */
    public static final int DEFAULT_MAX_SENTENCE_CHARS = 10_000;

    /** How standard input's identifier starts when none is given. */
    public static final String STDIN_ID_PREFIX = "stdin-";
    /** Bytes of the text's hash in that identifier: 12 hex digits, unique among any realistic number of texts. */
    private static final int STDIN_HASH_BYTES = 6;

    private final long maxArticleBytes;
    private final int maxSentenceChars;
    private final InputStream stdin;
    private final String stdinId;

    public ArticleReader(long maxArticleBytes) {
        this(maxArticleBytes, DEFAULT_MAX_SENTENCE_CHARS);
    }

    public ArticleReader(long maxArticleBytes, int maxSentenceChars) {
        this(maxArticleBytes, maxSentenceChars, System.in);
    }

    ArticleReader(long maxArticleBytes, InputStream stdin) {
        this(maxArticleBytes, DEFAULT_MAX_SENTENCE_CHARS, stdin);
    }

    ArticleReader(long maxArticleBytes, int maxSentenceChars, InputStream stdin) {
        this(maxArticleBytes, maxSentenceChars, stdin, null);
    }

    private ArticleReader(long maxArticleBytes, int maxSentenceChars, InputStream stdin, String stdinId) {
        this.maxArticleBytes = maxArticleBytes;
        this.maxSentenceChars = maxSentenceChars;
        this.stdin = stdin;
        this.stdinId = stdinId;
    }

    /**
     * This reader, naming what standard input holds {@code id} (JSON Lines records without an id of their own:
     * {@code id-N}). Without one, standard input's identifier is {@code stdin-} and the start of the text's
     * SHA-256, so that another text never takes the place of an earlier one.
     */
    public ArticleReader withStdinId(String id) {
        return new ArticleReader(maxArticleBytes, maxSentenceChars, stdin, id);
    }

    /** The largest article accepted, in bytes. */
    public long maxArticleBytes() {
        return maxArticleBytes;
    }

    /**
     * Reads one article sent as bytes (over HTTP, say): plain UTF-8 text named {@code id}, or with
     * {@code json} a news-please record whose own {@code id} wins over the one given.
     */
    public void read(String origin, String id, byte[] bytes, boolean json, Sink sink) {
        if (bytes.length > maxArticleBytes) {
            sink.rejected(new Rejected(origin, tooLarge(bytes.length)));
            return;
        }
        Decoded decoded = TextDecoder.decode(bytes);
        if (decoded.problem() != null) {
            sink.rejected(new Rejected(origin, decoded.problem()));
        } else if (json) {
            emit(NewsPleaseJson.article(decoded.text(), id, origin), sink);
        } else {
            emit(PlainText.article(id, decoded.text(), origin), sink);
        }
    }

    /** Reads every path in order; {@code -} reads standard input. */
    public void read(List<String> paths, Sink sink) {
        for (String p : paths) {
            if (p.equals("-")) {
                readStdin(sink);
            } else {
                readPath(Path.of(p), sink);
            }
        }
    }

    private void readPath(Path path, Sink sink) {
        if (Files.isDirectory(path)) {
            for (Path file : filesUnder(path, sink)) {
                readFile(file, sink);
            }
        } else if (Files.isRegularFile(path)) {
            readFile(path, sink);
        } else {
            sink.rejected(new Rejected(path.toString(), "no such file or folder"));
        }
    }

    private static List<Path> filesUnder(Path dir, Sink sink) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(f -> isArticleFile(f.getFileName().toString()))
                    .sorted(Comparator.comparing(Path::toString))
                    .toList();
        } catch (IOException e) {
            sink.rejected(new Rejected(dir.toString(), "cannot list folder: " + e.getMessage()));
            return List.of();
        }
    }

    private void readFile(Path file, Sink sink) {
        readFile(file.toString(), new Source() {
            @Override
            public long size() throws IOException {
                return Files.size(file);
            }

            @Override
            public InputStream open() throws IOException {
                return Files.newInputStream(file);
            }
        }, sink);
    }

    /**
     * True for the files a folder is read for: {@code .txt}, {@code .json} and {@code .jsonl}, not hidden.
     * Other files in a folder are passed over in silence; named alone they are rejected.
     */
    public static boolean isArticleFile(String fileName) {
        return !fileName.startsWith(".") && Format.of(fileName) != null;
    }

    /**
     * Reads one file: its format and identifier come from the last segment of {@code origin} (the path,
     * also used in messages), its content from {@code source}. Exactly one sink call per article or rejection.
     */
    public void readFile(String origin, Source source, Sink sink) {
        String fileName = fileName(origin);
        Format format = Format.of(fileName);
        if (format == null) {
            sink.rejected(new Rejected(origin, "not an article file (expected .txt, .json or .jsonl)"));
            return;
        }
        try {
            if (format == Format.JSONL) {
                readJsonLines(origin, baseName(fileName), source.open(), sink);
                return;
            }
            long size = source.size();
            if (size > maxArticleBytes) {
                sink.rejected(new Rejected(origin, tooLarge(size)));
                return;
            }
            byte[] bytes;
            try (InputStream in = source.open()) {
                bytes = in.readAllBytes();
            }
            Decoded decoded = TextDecoder.decode(bytes);
            if (decoded.problem() != null) {
                sink.rejected(new Rejected(origin, decoded.problem()));
            } else if (format == Format.TXT) {
                emit(PlainText.article(baseName(fileName), decoded.text(), origin), sink);
            } else {
                emit(NewsPleaseJson.article(decoded.text(), baseName(fileName), origin), sink);
            }
        } catch (IOException e) {
            sink.rejected(new Rejected(origin, "cannot read: " + e.getMessage()));
        }
    }

    private void readStdin(Sink sink) {
        try {
            byte[] bytes = stdin.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxArticleBytes + 1));
            if (bytes.length > maxArticleBytes) {
                sink.rejected(new Rejected("-", tooLarge(bytes.length)));
                return;
            }
            Decoded decoded = TextDecoder.decode(bytes);
            if (decoded.problem() != null) {
                sink.rejected(new Rejected("-", decoded.problem()));
            } else if (decoded.text().stripLeading().startsWith("{")) {
                readJsonLines("-", stdinId(decoded.text()), new java.io.ByteArrayInputStream(
                        decoded.text().getBytes(StandardCharsets.UTF_8)), sink);
            } else {
                emit(PlainText.article(stdinId(decoded.text()), decoded.text(), "-"), sink);
            }
        } catch (IOException e) {
            sink.rejected(new Rejected("-", "cannot read standard input: " + e.getMessage()));
        }
    }

    /** The identifier given, else one that only this text has (12 hex digits of its SHA-256). */
    private String stdinId(String text) {
        if (stdinId != null)
            return stdinId;
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return STDIN_ID_PREFIX + java.util.HexFormat.of().formatHex(hash, 0, STDIN_HASH_BYTES);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is in every Java", e);
        }
    }

    /**
     * One JSON object per line; a bad line is rejected on its own and the others still count. A line over the
     * size limit is skipped without being held in memory, so one huge line cannot exhaust the heap.
     */
    private void readJsonLines(String origin, String base, InputStream in, Sink sink) throws IOException {
        try (Reader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()))) {
            BoundedLines lines = new BoundedLines(r, maxArticleBytes);
            int lineNo = 0;
            while (true) {
                String where = origin + ":" + (lineNo + 1);
                try {
                    if (!lines.next()) {
                        return;
                    }
                } catch (java.nio.charset.CharacterCodingException e) {
                    // the decoder cannot find the next line start in bytes that are not UTF-8
                    sink.rejected(new Rejected(where, "not valid UTF-8 text; rest of file skipped"));
                    return;
                }
                lineNo++;
                if (lines.bytes() > maxArticleBytes) {
                    sink.rejected(new Rejected(where, tooLarge(lines.bytes())));
                } else if (!lines.line().isBlank()) {
                    emit(NewsPleaseJson.article(lines.line(), base + "-" + lineNo, where), sink);
                }
            }
        }
    }

    /** Hands on an article made fit for the graph, or the reason there is none. */
    private void emit(Parsed parsed, Sink sink) {
        if (parsed.article() == null) {
            sink.rejected(parsed.rejected());
            return;
        }
        Article a = TextCleaner.clean(parsed.article());
        int run = TextCleaner.longestRunWithoutSentenceEnd(a.text());
        if (run > maxSentenceChars) {
            sink.rejected(new Rejected(a.origin(), "a run of " + run + " characters without . ! ? or a line break,"
                    + " over the limit of " + maxSentenceChars + " (--max-sentence-chars)"));
        } else {
            sink.article(a);
        }
    }

    private String tooLarge(long size) {
        return "too large: " + size + " bytes, over the limit of " + maxArticleBytes
                + " (--max-article-bytes)";
    }

    static String baseName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    private static String fileName(String origin) {
        int slash = Math.max(origin.lastIndexOf('/'), origin.lastIndexOf(java.io.File.separatorChar));
        return origin.substring(slash + 1);
    }

    /** The file kinds the reader knows, by extension. */
    enum Format {
        TXT, JSON, JSONL;

        static Format of(String fileName) {
            String name = fileName.toLowerCase(Locale.ROOT);
            if (name.endsWith(".txt")) {
                return TXT;
            }
            if (name.endsWith(".jsonl")) {
                return JSONL;
            }
            return name.endsWith(".json") ? JSON : null;
        }
    }

    /** Either an article or the reason there is none. */
    record Parsed(Article article, Rejected rejected) {
        static Parsed ok(Article a) {
            return new Parsed(a, null);
        }

        static Parsed no(String origin, String reason) {
            return new Parsed(null, new Rejected(origin, reason));
        }
    }

    /** Decoded text, or the reason it could not be decoded. */
    record Decoded(String text, String problem) {
    }
}
