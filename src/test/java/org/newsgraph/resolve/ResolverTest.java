package org.newsgraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsgraph.nlp.NlpPipeline;

class ResolverTest {

    private static ResolvedText resolve(String text) {
        return new Resolver().resolve(NlpPipeline.shared().annotate(text));
    }

    private static Entity named(ResolvedText r, String label) {
        return r.entities().stream().filter(e -> e.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError(label + " not among " + r.entities()));
    }

    private static int indexOf(ResolvedText r, String label) {
        return r.entities().indexOf(named(r, label));
    }

    @Test
    void aTitleIsKeptAsARoleAndNeverBecomesPartOfTheName() {
        ResolvedText r = resolve("Kenyan Foreign Minister Amina Wanjiru arrived in Accra on Monday.");
        assertEquals(EntityType.PERSON, named(r, "Amina Wanjiru").type());
        Role role = r.roles().get(0);
        assertEquals("Foreign Minister", role.title());
        assertEquals(indexOf(r, "Amina Wanjiru"), role.person());
        assertEquals(indexOf(r, "Kenya"), role.roleOf());
    }

    @Test
    void aSurnameLaterInTheArticleIsTheSamePerson() {
        ResolvedText r = resolve("Kenyan Foreign Minister Amina Wanjiru arrived in Accra on Monday. "
                + "Wanjiru said the talks went well.");
        assertEquals(List.of("Wanjiru"), named(r, "Amina Wanjiru").aliases());
        assertEquals(1, r.entities().stream().filter(e -> e.type() == EntityType.PERSON).count());
    }

    @Test
    void anAcronymDeclaredInParenthesesIsAnAliasOfItsName() {
        ResolvedText r = resolve("The Coalition of Coastal Fishing Cooperatives (CCFC) met on Tuesday. "
                + "The CCFC represents 4,000 boats.");
        Entity org = named(r, "Coalition of Coastal Fishing Cooperatives");
        assertEquals(EntityType.ORGANIZATION, org.type());
        assertTrue(org.aliases().contains("CCFC"), org.aliases().toString());
    }

    @Test
    void aKnownPlaceGetsItsStandardNameAndTheArticlesFormAsAlias() {
        ResolvedText r = resolve("Officials in the Republic of Azerbaijan welcomed the decision.");
        Entity place = named(r, "Azerbaijan");
        assertEquals(EntityType.LOCATION, place.type());
        assertEquals(List.of("Republic of Azerbaijan"), place.aliases());
    }

    @Test
    void anAllCapsDatelineIsTheKnownCity() {
        ResolvedText r = resolve("NAIROBI – The talks resumed on Friday.");
        assertEquals(List.of("NAIROBI"), named(r, "Nairobi").aliases());
    }

    @Test
    void aDescriptionThatFitsOneTitledPersonIsAnAliasOfThatPerson() {
        ResolvedText r = resolve("Kenyan Foreign Minister Amina Wanjiru arrived in Accra on Monday. "
                + "The Kenyan foreign minister praised the hosts.");
        assertEquals(List.of("The Kenyan foreign minister"), named(r, "Amina Wanjiru").aliases());
    }

    @Test
    void aPronounRefersToThePersonWhoIsTheSubjectOfTheSentenceBefore() {
        ResolvedText r = resolve("Kenyan Foreign Minister Amina Wanjiru arrived in Accra on Monday. "
                + "She praised the hosts.");
        EntityMention she = r.mentions().stream().filter(m -> m.kind() == EntityMention.Kind.PRONOUN)
                .findFirst().orElseThrow();
        assertEquals(indexOf(r, "Amina Wanjiru"), she.entity());
    }

    @Test
    void aDemonymAloneIsNotAnEntity() {
        ResolvedText r = resolve("Ghanaian officials said the harvest was poor.");
        assertEquals(List.of(), r.entities());
    }

    @Test
    void nameKeysIgnoreCaseAccentsAndPunctuation() {
        assertEquals(Names.key("Gökhan  Dağlı"), Names.key("gokhan dagli"));
        assertEquals("us", Names.key("U.S."));
    }
}
