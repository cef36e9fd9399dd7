package org.newsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** How names are compared and ranked, without a store. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class EntitySearchTest {

    @Test
    void case_and_accents_do_not_matter() {
        assertEquals("rasit meredow", EntitySearch.fold("Raşit MEREDOW"));
        assertEquals("rasit-meredow", EntitySearch.slug(" Raşit  Meredow! "));
        assertEquals("", EntitySearch.slug("’ ?"));
    }

    @Test
    void equal_names_rank_before_prefixes_before_word_starts_before_the_rest() {
        assertEquals(0, EntitySearch.rank("zarif", "zarif"));
        assertEquals(1, EntitySearch.rank("zarif's office", "zarif"));
        assertEquals(2, EntitySearch.rank("mohammad javad zarif", "zarif"));
        assertEquals(3, EntitySearch.rank("elzarif", "zarif"));
        assertEquals(4, EntitySearch.rank("raşit meredow", "rasit"));
    }
}
