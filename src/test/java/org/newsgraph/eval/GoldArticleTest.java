package org.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldArticleTest {

    static final String HARBOR_GOLD = """
            {
              "id": "harbor-1",
              "source": {"outlet": "Kelvar Courier", "url": "https://example.org/harbor", "published": "2021-05-03", "title": "Ferry talks"},
              "entities": [
                {"name": "Ilse Marwood", "type": "PERSON", "aliases": ["Marwood", "Kelvar’s harbour master"],
                 "role": "Harbour Master", "role_of": "Kelvar"},
                {"name": "Tor Benning", "type": "PERSON", "aliases": []},
                {"name": "Harbor Council", "type": "ORGANIZATION", "aliases": ["HC"]},
                {"name": "Kelvar", "type": "LOCATION", "aliases": []},
                {"name": "Port Amsel", "type": "LOCATION", "aliases": []}
              ],
              "met_with": [
                {"participants": ["Ilse Marwood", "Tor Benning"], "date_text": "on Monday", "place": "Port Amsel",
                 "evidence": "Marwood met Tor Benning in Port Amsel on Monday."}
              ],
              "called_for": [
                {"agent": ["Ilse Marwood"], "content": "the reopening of the northern ferry route",
                 "addressee": "Harbor Council", "evidence": "Marwood called on the Harbor Council to reopen the northern ferry route."}
              ]
            }
            """;

    @TempDir
    Path folder;

    private Path write(String name, String json) throws IOException {
        return Files.writeString(folder.resolve(name), json);
    }

    @Test
    void readsEveryFieldOfTheGuidelinesFormat() throws IOException {
        GoldArticle gold = GoldArticle.read(write("harbor-1.json", HARBOR_GOLD));
        assertEquals("harbor-1", gold.id());
        assertEquals(new GoldArticle.Entity("Ilse Marwood", "PERSON", List.of("Marwood", "Kelvar’s harbour master"),
                "Harbour Master", "Kelvar"), gold.entities().get(0));
        assertEquals(new GoldArticle.Entity("Tor Benning", "PERSON", List.of(), null, null), gold.entities().get(1));
        assertEquals(5, gold.entities().size());
        assertEquals(List.of(new GoldArticle.Meeting(List.of("Ilse Marwood", "Tor Benning"), "on Monday", "Port Amsel",
                "Marwood met Tor Benning in Port Amsel on Monday.")), gold.meetings());
        assertEquals(List.of(new GoldArticle.Call(List.of("Ilse Marwood"), "the reopening of the northern ferry route",
                "Harbor Council", "Marwood called on the Harbor Council to reopen the northern ferry route.")), gold.calls());
    }

    @Test
    void aMisspeltKeyIsAnErrorNamingTheFile() throws IOException {
        // an optional field under a wrong name would otherwise be silently lost
        Path file = write("bad.json", HARBOR_GOLD.replace("\"addressee\"", "\"adressee\""));
        IOException error = assertThrows(IOException.class, () -> GoldArticle.read(file));
        assertTrue(error.getMessage().contains("bad.json"), error.getMessage());
        assertTrue(error.getMessage().contains("adressee"), error.getMessage());
    }

    @Test
    void anEntityTypeOutsideTheGuidelinesIsAnError() throws IOException {
        Path file = write("bad.json", HARBOR_GOLD.replace("\"LOCATION\"", "\"GPE\""));
        IOException error = assertThrows(IOException.class, () -> GoldArticle.read(file));
        assertTrue(error.getMessage().contains("GPE"), error.getMessage());
    }

    @Test
    void aCallWithoutItsAgentIsAnError() throws IOException {
        Path file = write("bad.json", HARBOR_GOLD.replace("\"agent\"", "\"agents\""));
        IOException error = assertThrows(IOException.class, () -> GoldArticle.read(file));
        assertTrue(error.getMessage().contains("without an agent"), error.getMessage());
    }

    @Test
    void aMeetingWithOneParticipantIsAnError() throws IOException {
        Path file = write("bad.json", HARBOR_GOLD.replace("[\"Ilse Marwood\", \"Tor Benning\"]", "[\"Ilse Marwood\"]"));
        assertThrows(IOException.class, () -> GoldArticle.read(file));
    }

    @Test
    void aParticipantIsFoundAmongTheEntitiesByNameOrAliasIgnoringCaseAndPunctuation() throws IOException {
        GoldArticle gold = GoldArticle.read(write("harbor-1.json", HARBOR_GOLD));
        assertEquals("Harbor Council", gold.entityNamed("harbor council.").orElseThrow().name());
        assertEquals("Ilse Marwood", gold.entityNamed("MARWOOD").orElseThrow().name());
        assertTrue(gold.entityNamed("Oskar Brandt").isEmpty());
    }
}
