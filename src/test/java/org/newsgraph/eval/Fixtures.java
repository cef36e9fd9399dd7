package org.newsgraph.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.eval.SystemArticle.SystemCall;
import org.newsgraph.eval.SystemArticle.SystemEntity;
import org.newsgraph.eval.SystemArticle.SystemPair;

/** Small hand-made gold and system values for the tests (invented names, not the dev set). */
final class Fixtures {

    static final Path DEV = Path.of("..", "shared", "eval", "dev");

    private Fixtures() {
    }

    static GoldArticle.Entity goldPerson(String name, String... aliases) {
        return new GoldArticle.Entity(name, "PERSON", List.of(aliases), null, null);
    }

    static GoldArticle.Entity goldOrganization(String name, String... aliases) {
        return new GoldArticle.Entity(name, "ORGANIZATION", List.of(aliases), null, null);
    }

    static GoldArticle.Entity goldLocation(String name, String... aliases) {
        return new GoldArticle.Entity(name, "LOCATION", List.of(aliases), null, null);
    }

    static GoldArticle.Meeting goldMeeting(String... participants) {
        return new GoldArticle.Meeting(List.of(participants), null, null, null);
    }

    static GoldArticle.Call goldCall(String content, String... agents) {
        return new GoldArticle.Call(List.of(agents), content, null, null);
    }

    static GoldArticle goldEntities(GoldArticle.Entity... entities) {
        return new GoldArticle("test", List.of(entities), List.of(), List.of());
    }

    static GoldArticle gold(List<GoldArticle.Entity> entities, List<GoldArticle.Meeting> meetings, List<GoldArticle.Call> calls) {
        return new GoldArticle("test", entities, meetings, calls);
    }

    static SystemEntity person(String label, String... altLabels) {
        return new SystemEntity(label, Set.of(altLabels), "PERSON");
    }

    static SystemEntity organization(String label, String... altLabels) {
        return new SystemEntity(label, Set.of(altLabels), "ORGANIZATION");
    }

    static SystemEntity location(String label, String... altLabels) {
        return new SystemEntity(label, Set.of(altLabels), "LOCATION");
    }

    static SystemArticle systemEntities(SystemEntity... entities) {
        return new SystemArticle("test", List.of(entities), List.of(), List.of());
    }

    static SystemArticle system(List<SystemEntity> entities, List<SystemPair> pairs, List<SystemCall> calls) {
        return new SystemArticle("test", entities, pairs, calls);
    }

    static SystemPair pair(SystemEntity a, SystemEntity b) {
        return new SystemPair(a, b);
    }

    static SystemCall call(String content, SystemEntity... agents) {
        return new SystemCall(Arrays.asList(agents), content);
    }

    /** A system that wrote exactly the gold: each entity with its aliases as altLabels, meetings expanded to pairs. */
    static SystemArticle perfectSystem(GoldArticle gold) {
        Map<String, SystemEntity> byName = new LinkedHashMap<>();
        for (GoldArticle.Entity entity : gold.entities()) {
            byName.put(entity.name(), new SystemEntity(entity.name(), Set.copyOf(entity.aliases()), entity.type()));
        }
        List<SystemPair> pairs = new ArrayList<>();
        for (GoldArticle.Meeting meeting : gold.meetings()) {
            List<String> names = meeting.participants();
            for (int i = 0; i < names.size(); i++) {
                for (int j = i + 1; j < names.size(); j++) {
                    pairs.add(new SystemPair(byName.get(names.get(i)), byName.get(names.get(j))));
                }
            }
        }
        List<SystemCall> calls = gold.calls().stream()
                .map(c -> new SystemCall(c.agents().stream().map(byName::get).toList(), c.content()))
                .toList();
        return new SystemArticle(gold.id(), List.copyOf(byName.values()), pairs, calls);
    }

    /** The dev gold files, sorted; empty when ../shared is not there. */
    static List<Path> devGoldFiles() throws java.io.IOException {
        if (!Files.isDirectory(DEV)) {
            return List.of();
        }
        try (var files = Files.list(DEV)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
        }
    }
}
