package org.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The articles written and annotated for the project (eval/written, its README): each gold file agrees with
 * its text, so that an edit to either keeps the set a fair measure.
 */
class WrittenSetTest {

    private static final Path SET = Path.of("eval", "written");

    static Stream<Path> goldFiles() throws IOException {
        try (Stream<Path> files = Files.list(SET)) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("goldFiles")
    void everyEvidenceIsInTheTextAndEveryParticipantAndAgentIsAnEntityOfTheArticle(Path json) throws IOException {
        GoldArticle gold = GoldArticle.read(json);
        String text = Files.readString(Path.of(json.toString().replaceFirst("\\.json$", ".txt")));
        assertEquals(json.getFileName().toString().replaceFirst("\\.json$", ""), gold.id());
        Set<String> names = gold.entities().stream().map(GoldArticle.Entity::name).collect(Collectors.toSet());
        for (GoldArticle.Meeting m : gold.meetings()) {
            assertTrue(text.contains(m.evidence()), m.evidence());
            assertTrue(names.containsAll(m.participants()), m.participants().toString());
        }
        for (GoldArticle.Call c : gold.calls()) {
            assertTrue(text.contains(c.evidence()), c.evidence());
            assertTrue(c.evidence().contains(c.content()), c.content());
            assertTrue(names.containsAll(c.agents()), c.agents().toString());
        }
        for (GoldArticle.Entity e : gold.entities()) {
            for (String form : Stream.concat(Stream.of(e.name()), e.aliases().stream()).toList()) {
                assertTrue(text.toLowerCase().contains(form.toLowerCase()), form);
            }
        }
        assertEquals(List.of(), gold.entities().stream().map(GoldArticle.Entity::type)
                .filter(t -> !Set.of("PERSON", "ORGANIZATION", "LOCATION").contains(t)).toList());
    }
}
