package org.newsgraph.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * The resolve stage: from the model's names to the article's entities, every mention of them (by name,
 * description or pronoun), their short names and acronyms, and the titles people hold. Stateless apart
 * from the shared gazetteer, so one instance serves all threads.
 */
public final class Resolver {

    private final Gazetteer gazetteer;

    public Resolver() {
        this.gazetteer = Gazetteer.shared();
    }

    public ResolvedText resolve(AnnotatedText text) {
        return new Run(text).resolve();
    }

    /** The working state of one article's resolution. */
    private final class Run {
        private final AnnotatedText text;
        private final List<Draft> drafts = new ArrayList<>();
        private final Map<Integer, EntityType> types = new HashMap<>();
        private final MentionIndex index = new MentionIndex(types);
        private final Map<String, Integer> byCanonical = new HashMap<>();

        Run(AnnotatedText text) {
            this.text = text;
        }

        ResolvedText resolve() {
            List<Candidate> candidates = new CandidateFinder(gazetteer).find(text);
            Map<String, String> acronyms = Acronyms.declared(text, candidates);
            Map<String, String> acronymKeys = new HashMap<>();
            acronyms.forEach((surface, name) -> acronymKeys.put(Names.key(surface), name));
            for (Clusterer.Cluster c : new Clusterer(text).cluster(candidates, acronymKeys)) {
                int e = addEntity(c.canonical(), c.type(), c.confidence(), c.forms);
                for (Candidate m : c.members) {
                    index.add(mention(e, m.sentence(), m.first(), m.end(), EntityMention.Kind.NAME));
                }
                for (Map.Entry<String, String> a : acronyms.entrySet()) {
                    if (c.keys.contains(a.getValue())) {
                        drafts.get(e).aliases.add(a.getKey());
                    }
                }
            }
            propagate();
            styledNames();
            List<EntityMention> personNames = index.all().stream().filter(m -> index.isPerson(m.entity())).toList();
            Roles roleFinder = new Roles(gazetteer, text, index, this::countryEntity);
            List<Role> roles = roleFinder.find(personNames);
            for (EntityMention m : new Coreference(gazetteer, text, index, roles, roleFinder,
                    e -> drafts.get(e).canonical, types::get).find()) {
                if (m.kind() == EntityMention.Kind.DESCRIPTION) {
                    drafts.get(m.entity()).aliases.add(text.text().substring(m.start(), m.end()));
                }
            }
            new QuoteSpeakers(gazetteer, text, index).find();
            return withoutUnused(new ResolvedText(text, drafts.stream().map(Draft::entity).toList(), index.all(),
                    roles));
        }

        /**
         * "Sheikh Rokeya Akter", "Dr Amara Osei": a person's name with the style written before it is one of the person's
         * names too. Styles are no part of the label (GUIDELINES.md: titles are not part of the name), but readers,
         * and other sources, often know a person by the styled form.
         */
        private void styledNames() {
            for (EntityMention m : index.all()) {
                if (m.kind() != EntityMention.Kind.NAME || types.get(m.entity()) != EntityType.PERSON) {
                    continue;
                }
                Sentence s = text.sentences().get(m.sentence());
                int style = styleBefore(s, m.firstToken());
                if (style >= 0) {
                    drafts.get(m.entity()).aliases.add(text.text().substring(s.token(style).start(), m.end()));
                }
            }
        }

        /** Where a style of one or two words that ends right before {@code token} starts, or -1. */
        private int styleBefore(Sentence s, int token) {
            if (token >= 2 && gazetteer.isStyle(s.token(token - 2).text() + " " + s.token(token - 1).text())) {
                return token - 2;
            }
            return token >= 1 && gazetteer.isStyle(s.token(token - 1).text()) ? token - 1 : -1;
        }

        private int addEntity(String canonical, EntityType type, double confidence, Set<String> forms) {
            int e = drafts.size();
            Draft d = new Draft(canonical, type, confidence);
            forms.stream().filter(f -> !f.equals(canonical)).forEach(d.aliases::add);
            drafts.add(d);
            types.put(e, type);
            byCanonical.putIfAbsent(type + "\t" + Names.key(canonical), e);
            return e;
        }

        /**
         * The article without the entities nothing refers to: a country made for a demonym ("his Vietnamese
         * counterpart") whose description then fitted nobody is neither mentioned nor the country of a role.
         */
        private static ResolvedText withoutUnused(ResolvedText r) {
            Set<Integer> used = new HashSet<>();
            r.mentions().forEach(m -> used.add(m.entity()));
            r.roles().forEach(x -> {
                used.add(x.person());
                used.add(x.roleOf());
            });
            if (IntStream.range(0, r.entities().size()).allMatch(used::contains)) {
                return r;
            }
            int[] renumbered = new int[r.entities().size()];
            List<Entity> kept = new ArrayList<>();
            for (int e = 0; e < renumbered.length; e++) {
                renumbered[e] = used.contains(e) ? kept.size() : -1;
                if (used.contains(e)) {
                    kept.add(r.entity(e));
                }
            }
            List<EntityMention> mentions = r.mentions().stream().map(m -> new EntityMention(renumbered[m.entity()],
                    m.sentence(), m.firstToken(), m.endToken(), m.start(), m.end(), m.kind())).toList();
            List<Role> roles = r.roles().stream().map(x -> new Role(renumbered[x.person()], x.title(),
                    x.roleOf() < 0 ? -1 : renumbered[x.roleOf()], x.sentence())).toList();
            return new ResolvedText(r.annotated(), kept, mentions, roles);
        }

        /** The entity of a country named through a demonym only; made (without a mention) when new. */
        private int countryEntity(String country) {
            Integer e = byCanonical.get(EntityType.LOCATION + "\t" + Names.key(country));
            return e != null ? e : addEntity(country, EntityType.LOCATION, 0.9, Set.of());
        }

        /** A name found once is the same name everywhere in the article: tag the places the model missed. */
        private void propagate() {
            Map<String, List<String[]>> formsByFirst = new HashMap<>();
            Map<String, Integer> entityOfForm = new HashMap<>();
            for (int e = 0; e < drafts.size(); e++) {
                for (String form : drafts.get(e).propagatedForms()) {
                    String[] words = form.split("\\s+");
                    if (words.length == 1 && form.length() < 3) {
                        continue;
                    }
                    formsByFirst.computeIfAbsent(words[0], k -> new ArrayList<>()).add(words);
                    entityOfForm.putIfAbsent(String.join(" ", words), e);
                }
            }
            for (Sentence s : text.sentences()) {
                for (int i = 0; i < s.size(); i++) {
                    for (String[] form : formsByFirst.getOrDefault(s.token(i).text(), List.of())) {
                        int end = i + form.length;
                        if (matches(s, i, form) && !index.covered(s.index(), i, end)) {
                            int e = entityOfForm.get(String.join(" ", form));
                            index.add(mention(e, s.index(), i, end, EntityMention.Kind.NAME));
                            String seen = String.join(" ", form);
                            if (!seen.equals(drafts.get(e).canonical)) {
                                drafts.get(e).aliases.add(seen); // a surname seen alone is a name of the person
                            }
                            i = end - 1;
                            break;
                        }
                    }
                }
            }
        }

        private boolean matches(Sentence s, int from, String[] form) {
            if (from + form.length > s.size()) {
                return false;
            }
            for (int k = 0; k < form.length; k++) {
                if (!s.token(from + k).text().equals(form[k])) {
                    return false;
                }
            }
            return true;
        }

        private EntityMention mention(int entity, int sentence, int first, int end, EntityMention.Kind kind) {
            Sentence s = text.sentences().get(sentence);
            Token a = s.token(first);
            Token b = s.token(end - 1);
            return new EntityMention(entity, sentence, first, end, a.start(), b.end(), kind);
        }
    }

    /** An entity while it is still collecting aliases. */
    private static final class Draft {
        final String canonical;
        final EntityType type;
        final double confidence;
        final Set<String> aliases = new LinkedHashSet<>();

        Draft(String canonical, EntityType type, double confidence) {
            this.canonical = canonical;
            this.type = type;
            this.confidence = confidence;
        }

        /** The label and the name-like aliases (not descriptions), as they are written. */
        List<String> forms() {
            List<String> out = new ArrayList<>();
            out.add(canonical);
            aliases.stream().filter(a -> Character.isUpperCase(a.codePointAt(0)) && !a.startsWith("The "))
                    .forEach(out::add);
            return out;
        }

        /** The forms to look for elsewhere in the text: for a person, the surname too ("Dube", "al-Harbi"). */
        List<String> propagatedForms() {
            List<String> out = forms();
            String[] words = canonical.split("\\s+");
            String last = words[words.length - 1];
            if (type == EntityType.PERSON && words.length > 1 && last.length() > 2
                    && Character.isUpperCase(last.codePointAt(0)) && !out.contains(last)) {
                out.add(last);
            }
            if (type == EntityType.PERSON && words.length > 1
                    && CandidateFinder.PARTICLE_PREFIX.matcher(last).matches()) {
                // "Rashad al-Harbi" … "al-Harbi" … "Al-Harbi said": the surname with its particle, in either case
                for (String form : List.of(last, Character.toUpperCase(last.charAt(0)) + last.substring(1),
                        Character.toLowerCase(last.charAt(0)) + last.substring(1))) {
                    if (!out.contains(form)) {
                        out.add(form);
                    }
                }
            }
            return out;
        }

        Entity entity() {
            return new Entity(canonical, type, canonical, List.copyOf(aliases), confidence);
        }
    }
}
