package org.newsgraph.extract;

import java.util.List;

/**
 * One reported public call.
 *
 * @param agents     entity indexes of who made it
 * @param content    what was called for, as written
 * @param addressee  entity index of who was called upon, or -1
 * @param sentence   the sentence that states it
 * @param confidence in [0,1]
 */
public record Appeal(List<Integer> agents, String content, int addressee, int sentence, double confidence) {

    public Appeal {
        agents = List.copyOf(agents);
    }
}
