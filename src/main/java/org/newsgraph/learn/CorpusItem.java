package org.newsgraph.learn;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.newsgraph.eval.GoldArticle;

/**
 * One item of the own relation corpus ({@code src/test/resources/relations/corpus.tsv}, format in the README
 * beside it): a short text and its meetings and calls, as a gold article without entities or evidence.
 */
record CorpusItem(String id, String text, GoldArticle gold) {

    private static final String NONE = "-";

    static List<CorpusItem> read(Path file) throws IOException {
        List<CorpusItem> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            out.add(new CorpusItem(f[0], f[1], new GoldArticle(f[0], List.of(), meetings(f[2]), calls(f[3]))));
        }
        return out;
    }

    /** "A = B ; C = D" */
    private static List<GoldArticle.Meeting> meetings(String field) {
        return list(field).stream()
                .map(p -> new GoldArticle.Meeting(List.of(p.split(" = ")).stream().map(String::strip).toList(),
                        null, null, null))
                .toList();
    }

    /** "A + B > content | addressee ; …" */
    private static List<GoldArticle.Call> calls(String field) {
        List<GoldArticle.Call> out = new ArrayList<>();
        for (String call : list(field)) {
            String[] agentRest = call.split(" > ", 2);
            String[] contentAddressee = agentRest[1].split(" \\| ", 2);
            List<String> agents = List.of(agentRest[0].split(" \\+ ")).stream().map(String::strip).toList();
            out.add(new GoldArticle.Call(agents, contentAddressee[0].strip(),
                    contentAddressee.length > 1 ? contentAddressee[1].strip() : null, null));
        }
        return out;
    }

    private static List<String> list(String field) {
        return field.strip().equals(NONE) ? List.of() : List.of(field.split(" ; "));
    }
}
