package org.newsgraph.eval;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One gold file (GUIDELINES.md "The gold file"). Unknown fields are an error, so that a misspelt
 * key ("agents" for "agent") fails loudly instead of silently scoring an empty list; "source" is
 * metadata the scorer does not use.
 */
@JsonIgnoreProperties({"source"})
public record GoldArticle(
        @JsonProperty("id") String id,
        @JsonProperty("entities") List<Entity> entities,
        @JsonProperty("met_with") List<Meeting> meetings,
        @JsonProperty("called_for") List<Call> calls) {

    static final Set<String> TYPES = Set.of("PERSON", "ORGANIZATION", "LOCATION");

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
            .build();

    public GoldArticle {
        require(id != null && !id.isBlank(), "gold article without an id");
        entities = orEmpty(entities);
        meetings = orEmpty(meetings);
        calls = orEmpty(calls);
    }

    /** Parses a gold JSON file; a malformed file fails with its path in the message. */
    public static GoldArticle read(Path file) throws IOException {
        try {
            return JSON.readValue(file.toFile(), GoldArticle.class);
        } catch (IOException | IllegalArgumentException e) {
            throw new IOException("cannot read gold file " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * The gold entity a participant or agent names: by exact name, else by name ignoring case and
     * punctuation, else by alias when exactly one entity has it (an ambiguous alias resolves to none).
     */
    public Optional<Entity> entityNamed(String name) {
        Optional<Entity> exact = entities.stream().filter(e -> e.name().equals(name)).findFirst();
        if (exact.isPresent()) {
            return exact;
        }
        String key = Names.normalize(name);
        Optional<Entity> byName = entities.stream().filter(e -> Names.normalize(e.name()).equals(key)).findFirst();
        if (byName.isPresent()) {
            return byName;
        }
        List<Entity> byAlias = entities.stream().filter(e -> Names.forms(e.name(), e.aliases()).contains(key)).toList();
        return byAlias.size() == 1 ? Optional.of(byAlias.get(0)) : Optional.empty();
    }

    public record Entity(
            @JsonProperty("name") String name,
            @JsonProperty("type") String type,
            @JsonProperty("aliases") List<String> aliases,
            @JsonProperty("role") String role,
            @JsonProperty("role_of") String roleOf) {

        public Entity {
            require(name != null && !name.isBlank(), "entity without a name");
            require(TYPES.contains(type), "entity '" + name + "' has type " + type + ", expected one of " + TYPES);
            aliases = orEmpty(aliases);
        }
    }

    public record Meeting(
            @JsonProperty("participants") List<String> participants,
            @JsonProperty("date_text") String dateText,
            @JsonProperty("place") String place,
            @JsonProperty("evidence") String evidence) {

        public Meeting {
            participants = orEmpty(participants);
            require(participants.size() >= 2, "met_with needs two or more participants: " + participants);
        }
    }

    public record Call(
            @JsonProperty("agent") List<String> agents,
            @JsonProperty("content") String content,
            @JsonProperty("addressee") String addressee,
            @JsonProperty("evidence") String evidence) {

        public Call {
            agents = orEmpty(agents);
            require(!agents.isEmpty(), "called_for without an agent");
            require(content != null && !content.isBlank(), "called_for without a content: " + agents);
        }
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
