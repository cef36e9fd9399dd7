package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Articles from standard input keep their place: each text its own identifier unless --id names one; and a
 * PATH that does not exist fails the command with a status of its own before anything is read.
 */
class StandardInputIT {

    private static final String ONE = "Foreign Minister Amina Wanjiru met President Kofi Mensah in Accra on Monday.";
    private static final String TWO = "President Kofi Mensah called on the United Nations to lift the sanctions.";
    private static final String IDS = "SELECT ?id WHERE { ?a a <https://w3id.org/newsgraph/ontology#Article> ;"
            + " <http://purl.org/dc/terms/identifier> ?id } ORDER BY ?id";

    @TempDir
    Path tmp;

    private Path store() {
        return tmp.resolve("store");
    }

    private Cli.Result ingestStdin(String text, String... options) {
        InputStream old = System.in;
        System.setIn(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        try {
            List<String> args = new java.util.ArrayList<>(List.of("ingest", "--store", store().toString()));
            args.addAll(Arrays.asList(options));
            args.add("-");
            return Cli.run(args.toArray(String[]::new));
        } finally {
            System.setIn(old);
        }
    }

    private List<String> ids() {
        Cli.Result q = Cli.run("query", "--store", store().toString(), "--format", "csv", IDS);
        assertEquals(0, q.exit(), q.err());
        List<String> rows = Arrays.asList(q.out().strip().split("\r?\n"));
        return rows.subList(1, rows.size());
    }

    @Test
    void twoArticlesFromStandardInputWithoutAnIdAreBothKept() {
        assertEquals(0, ingestStdin(ONE).exit());
        assertEquals(0, ingestStdin(TWO).exit());

        // stdin- and the first 12 hex digits of each text's SHA-256
        List<String> expected = new java.util.ArrayList<>(List.of("stdin-" + sha256(ONE).substring(0, 12),
                "stdin-" + sha256(TWO).substring(0, 12)));
        expected.sort(null);
        assertEquals(expected, ids());
    }

    @Test
    void idNamesTheArticleFromStandardInputAndTheSameIdReplacesItOnPurpose() {
        assertEquals(0, ingestStdin(ONE, "--id", "accra-talks").exit());
        assertEquals(List.of("accra-talks"), ids());

        assertEquals(0, ingestStdin(TWO, "--id", "accra-talks").exit());
        assertEquals(List.of("accra-talks"), ids());
        Cli.Result text = Cli.run("query", "--store", store().toString(), "--format", "csv",
                "SELECT ?t WHERE { ?a <http://purl.org/dc/terms/identifier> \"accra-talks\" ;"
                        + " <https://w3id.org/newsgraph/ontology#text> ?t }");
        assertEquals("t\r\n" + TWO + "\r\n", text.out());
    }

    @Test
    void idWithoutStandardInputIsAMistakeSaidInOneLine() throws Exception {
        Path file = Files.writeString(tmp.resolve("a.txt"), ONE);
        Cli.Result r = Cli.run("ingest", "--store", store().toString(), "--id", "x", file.toString());

        assertEquals(2, r.exit());
        assertEquals("newsgraph: --id names the article on standard input: give - among the PATHs\n", r.err());
    }

    @Test
    void aPathThatDoesNotExistExitsWithFourAndReadsNothing() throws Exception {
        Path file = Files.writeString(tmp.resolve("a.txt"), ONE);
        Path typo = tmp.resolve("artciles");
        Cli.Result r = Cli.run("ingest", "--store", store().toString(), file.toString(), typo.toString());

        assertEquals(4, r.exit());
        assertEquals("newsgraph: no such file or folder: " + typo + " (nothing was ingested)\n", r.err());
        assertFalse(Files.exists(store()));
    }

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
