package org.newsgraph.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {

    @TempDir
    Path dir;

    private final List<Article> articles = new ArrayList<>();
    private final List<String> rejected = new ArrayList<>();

    private final ArticleReader.Sink sink = new ArticleReader.Sink() {
        @Override
        public void article(Article a) {
            articles.add(a);
        }

        @Override
        public void rejected(Rejected r) {
            rejected.add(r.toString());
        }
    };

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private void read(Path... paths) {
        new ArticleReader(1000).read(java.util.Arrays.stream(paths).map(Path::toString).toList(), sink);
    }

    @Test
    void aTextFileIsOneArticleNamedAfterItsBaseName() throws IOException {
        Path p = write("accra-talks.txt", "Ministers Meet in Accra\n\nThe ministers met on Friday.");
        read(p);
        assertEquals(List.of(), rejected);
        Article a = articles.get(0);
        assertEquals("accra-talks", a.id());
        assertEquals("Ministers Meet in Accra", a.title());
        assertEquals("Ministers Meet in Accra\n\nThe ministers met on Friday.", a.text());
    }

    @Test
    void aFirstLineThatIsASentenceIsNotTakenForAHeadline() throws IOException {
        read(write("lede.txt", "The ministers met on Friday.\n\nThey spoke for an hour."));
        assertNull(articles.get(0).title());
    }

    @Test
    void anEmptyFileIsSkippedWithItsName() throws IOException {
        Path p = write("empty.txt", "  \n\t ");
        read(p);
        assertEquals(List.of(p + ": empty: no text"), rejected);
        assertEquals(0, articles.size());
    }

    @Test
    void binaryDataIsSkipped() throws IOException {
        Path p = write("photo.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        read(p);
        assertEquals(List.of(p + ": binary data, not text"), rejected);
    }

    @Test
    void latin1TextIsRefusedRatherThanGarbled() throws IOException {
        Path p = write("latin1.txt", "Caf\u00e9 talks".getBytes(StandardCharsets.ISO_8859_1));
        read(p);
        assertEquals(List.of(p + ": not valid UTF-8 text (another encoding? convert it to UTF-8)"), rejected);
    }

    @Test
    void utf16WithAByteOrderMarkIsDecoded() throws IOException {
        byte[] body = "Talks in Lomé.".getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bytes, 2, body.length);
        read(write("utf16.txt", bytes));
        assertEquals("Talks in Lomé.", articles.get(0).text());
    }

    @Test
    void aFileOverTheSizeLimitIsSkippedWithTheLimitNamed() throws IOException {
        Path p = write("huge.txt", "word ".repeat(300));
        read(p);
        assertEquals(List.of(p + ": too large: 1500 bytes, over the limit of 1000 (--max-article-bytes)"), rejected);
    }

    @Test
    void aNewsPleaseRecordGivesTitleTextDateAndSource() throws IOException {
        read(write("rec.json", """
                {"title": "Envoys Meet", "maintext": "The envoys met in Accra.", "date_publish": "2021-03-05 10:00:00",
                 "source_domain": "example.org", "url": "https://example.org/a/1", "language": "en"}"""));
        Article a = articles.get(0);
        assertEquals("rec", a.id());
        assertEquals("Envoys Meet\n\nThe envoys met in Accra.", a.text());
        assertEquals(LocalDate.of(2021, 3, 5), a.date());
        assertEquals("example.org", a.source());
        assertEquals("https://example.org/a/1", a.url());
    }

    @Test
    void malformedJsonIsSkippedWithTheParserReason() throws IOException {
        Path p = write("bad.json", "{\"title\": \"x\", ");
        read(p);
        assertEquals(1, rejected.size());
        assertEquals(true, rejected.get(0).startsWith(p + ": malformed JSON: "));
    }

    @Test
    void jsonWithoutTextIsSkipped() throws IOException {
        Path p = write("notext.json", "{\"title\": \"Only a headline\"}");
        read(p);
        assertEquals(List.of(p + ": no text: 'maintext' is missing or empty"), rejected);
    }

    @Test
    void aBadLineInJsonLinesCostsOnlyThatLine() throws IOException {
        Path p = write("feed.jsonl", """
                {"id": "a1", "maintext": "First story."}
                {not json
                {"maintext": "Third story."}
                """);
        read(p);
        assertEquals(List.of("a1", "feed-3"), articles.stream().map(Article::id).toList());
        assertEquals(1, rejected.size());
        assertEquals(true, rejected.get(0).startsWith(p + ":2: malformed JSON"));
    }

    @Test
    void aFolderIsReadRecursivelyInNameOrderSkippingOtherFiles() throws IOException {
        Files.createDirectories(dir.resolve("b"));
        write("b/two.txt", "Second.");
        write("one.txt", "First.");
        write("notes.md", "not an article");
        read(dir);
        assertEquals(List.of("two", "one"), articles.stream().map(Article::id).toList());
        assertEquals(List.of(), rejected);
    }

    @Test
    void standardInputIsReadAsTextOrJsonLines() {
        new ArticleReader(1000, new ByteArrayInputStream("{\"id\": \"s1\", \"maintext\": \"Piped.\"}\n"
                .getBytes(StandardCharsets.UTF_8))).read(List.of("-"), sink);
        assertEquals("s1", articles.get(0).id());
        assertEquals("Piped.", articles.get(0).text());
    }

    @Test
    void aMissingPathIsReported() {
        read(dir.resolve("nowhere.txt"));
        assertEquals(List.of(dir.resolve("nowhere.txt") + ": no such file or folder"), rejected);
    }

    /** Content from anywhere (the Spark job reads through Hadoop's file systems), given as bytes. */
    private static ArticleReader.Source bytes(String text) {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        return new ArticleReader.Source() {
            @Override
            public long size() {
                return b.length;
            }

            @Override
            public java.io.InputStream open() {
                return new ByteArrayInputStream(b);
            }
        };
    }

    @Test
    void contentFromAnotherFileSystemIsReadByTheNameAtTheEndOfItsOrigin() {
        ArticleReader reader = new ArticleReader(1000);
        reader.readFile("hdfs://archive/2024/accra-talks.txt", bytes("Ministers Meet\n\nThey met."), sink);
        reader.readFile("s3a://feeds/day.jsonl", bytes("{\"maintext\": \"One.\"}\n{\"maintext\": \"Two.\"}\n"), sink);
        reader.readFile("s3a://feeds/notes.md", bytes("not an article"), sink);
        assertEquals(List.of("accra-talks", "day-1", "day-2"), articles.stream().map(Article::id).toList());
        assertEquals(List.of("hdfs://archive/2024/accra-talks.txt", "s3a://feeds/day.jsonl:1",
                "s3a://feeds/day.jsonl:2"), articles.stream().map(Article::origin).toList());
        assertEquals(List.of("s3a://feeds/notes.md: not an article file (expected .txt, .json or .jsonl)"), rejected);
    }

    @Test
    void contentOverTheLimitIsRejectedBeforeItIsRead() {
        new ArticleReader(10).readFile("big.txt", new ArticleReader.Source() {
            @Override
            public long size() {
                return 11;
            }

            @Override
            public java.io.InputStream open() {
                throw new AssertionError("a file over the limit is not opened");
            }
        }, sink);
        assertEquals(List.of("big.txt: too large: 11 bytes, over the limit of 10 (--max-article-bytes)"), rejected);
    }

    @Test
    void hiddenFilesAndOtherExtensionsAreNotArticleFiles() {
        assertEquals(List.of(true, true, true, true, false, false),
                java.util.stream.Stream.of("a.txt", "b.JSON", "c.jsonl", "d.Txt", ".e.txt", "f.md")
                        .map(ArticleReader::isArticleFile).toList());
    }

    @Test
    void aJsonLinesLineOverTheLimitIsSkippedAndTheNextLineIsRead() throws IOException {
        String big = "{\"maintext\": \"" + "x".repeat(2000) + "\"}";
        Path p = write("feed.jsonl", big + "\r\n{\"id\": \"b\", \"maintext\": \"Second story.\"}\r\n");
        read(p);
        assertEquals(List.of(p + ":1: too large: 2016 bytes, over the limit of 1000 (--max-article-bytes)"), rejected);
        assertEquals(List.of("b"), articles.stream().map(Article::id).toList());
        assertEquals("Second story.", articles.get(0).text());
    }

    @Test
    void controlCharactersAndLoneSurrogatesFromJsonEscapesBecomeSpaces() throws IOException {
        read(write("esc.json", "{\"title\": \"Bell\\u0007 rings\", \"maintext\": \"A\\u0001B \\ud800 C\\ud83d\\ude00.\"}"));
        assertEquals(List.of(), rejected);
        assertEquals("Bell  rings\n\nA B   C\ud83d\ude00.", articles.get(0).text());
        assertEquals("Bell  rings", articles.get(0).title());
    }

    @Test
    void aStretchLongerThanTheSentenceLimitIsSkippedWithTheLimitNamed() throws IOException {
        Path p = write("run.txt", "word ".repeat(60) + ". Short.");
        new ArticleReader(1000, 250).read(List.of(p.toString()), sink);
        assertEquals(List.of(p + ": a run of 300 characters without . ! ? or a line break, over the limit of 250"
                + " (--max-sentence-chars)"), rejected);
    }

    @Test
    void lineBreaksAndSentencePunctuationEndAStretch() throws IOException {
        Path p = write("lines.txt", ("word ".repeat(40) + "\n").repeat(2) + "word ".repeat(40) + "! " + "word ".repeat(40));
        new ArticleReader(1000, 250).read(List.of(p.toString()), sink);
        assertEquals(List.of(), rejected);
        assertEquals(1, articles.size());
    }

    @Test
    void anArticleSentAsBytesIsReadLikeAFile() {
        ArticleReader reader = new ArticleReader(1000);
        reader.read("POST /kg/ingest", "posted", "Ministers met.".getBytes(StandardCharsets.UTF_8), false, sink);
        reader.read("POST /kg/ingest", "ignored", "{\"id\": \"j\", \"maintext\": \"Envoys met.\"}"
                .getBytes(StandardCharsets.UTF_8), true, sink);
        reader.read("POST /kg/ingest", "big", new byte[1001], false, sink);
        assertEquals(List.of("posted", "j"), articles.stream().map(Article::id).toList());
        assertEquals(List.of("POST /kg/ingest: too large: 1001 bytes, over the limit of 1000 (--max-article-bytes)"),
                rejected);
    }
}
