package org.newsgraph.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.document.Article;
import org.newsgraph.document.Rejected;

/** Listing and reading through Hadoop's local file system, with the rules of single-machine ingest. */
class InputListingTest {

    @TempDir
    Path dir;

    private void write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    @Test
    void foldersGiveTheirArticleFilesInNameOrderAfterTheInputsBefore() throws IOException {
        write("one/b.txt", "B.");
        write("one/a/z.jsonl", "{}\n");
        write("one/.hidden.txt", "hidden");
        write("one/notes.md", "notes");
        write("two.md", "named alone");
        InputListing.Listing l = InputListing.of(List.of(dir.resolve("two.md").toString(), dir.resolve("one").toString(),
                dir.resolve("nowhere").toString()), new Configuration());
        assertEquals(List.of("two.md 0", "one/a/z.jsonl 1", "one/b.txt 2"), l.files().stream()
                .map(f -> f.path().substring(f.path().indexOf(dir.getFileName().toString()) + dir.getFileName().toString().length() + 1)
                        + " " + f.order()).toList());
        assertEquals(List.of(new Rejected(dir.resolve("nowhere").toString(), "no such file or folder")), l.rejected());
    }

    @Test
    void aJsonLinesFileGivesItsArticlesInLineOrderAndItsBadLinesAsRejections() throws IOException {
        write("feed.jsonl", "{\"maintext\": \"One.\"}\n{bad\n{\"id\": \"x\", \"maintext\": \"Three.\"}\n");
        Path f = dir.resolve("feed.jsonl");
        List<Parsed> parsed = FileReading.read(new InputFile("file:" + f, Files.size(f), 7), 1000, new Configuration());
        assertEquals(List.of("feed-1", "x"), parsed.stream().filter(p -> p.article() != null)
                .map(p -> p.article().id()).toList());
        assertEquals(List.of((7L << 32), (7L << 32) | 2), parsed.stream().filter(p -> p.article() != null)
                .map(Parsed::position).toList());
        assertEquals("file:" + f + ":2", parsed.get(1).rejected().origin());
    }

    @Test
    void ofTwoArticlesWithOneIdentifierTheOneReadFirstIsKept() {
        Parsed early = Parsed.article(new Article("dup", null, "First.", null, null, null, "a/dup.txt"), 3, 0);
        Parsed late = Parsed.article(new Article("dup", null, "Second.", null, null, null, "b/dup.txt"), 4, 0);
        assertEquals("First.", Parsed.earlier(early, late).article().text());
        assertEquals("First.", Parsed.earlier(late, early).article().text());
    }
}
