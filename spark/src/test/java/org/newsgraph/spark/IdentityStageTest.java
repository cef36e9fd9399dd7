package org.newsgraph.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class IdentityStageTest {

    private static final String P = "https://w3id.org/newsgraph/person/";
    private static final String G = "https://w3id.org/newsgraph/graph/identity";
    private static final String SAME = " <http://www.w3.org/2002/07/owl#sameAs> ";

    @Test
    void aGroupLinksItsSurnameToTheOneFullNameBothWays() {
        assertEquals(String.join("\n",
                "<" + P + "alvarez>" + SAME + "<" + P + "mateo-alvarez> <" + G + "> .",
                "<" + P + "mateo-alvarez>" + SAME + "<" + P + "alvarez> <" + G + "> ."),
                IdentityStage.links(G, List.of(P + "mateo-alvarez", P + "alvarez")));
    }

    @Test
    void aGroupWithTwoFullNamesForOneSurnameLinksNothing() {
        assertEquals("", IdentityStage.links(G, List.of(P + "alvarez", P + "mateo-alvarez", P + "lucia-alvarez")));
    }
}
