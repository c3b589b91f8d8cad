package io.groundswell.trend;

import java.util.List;

/**
 * Rising terms that tell one story: spellings of one word ("URL", "URLs"), or words and phrases
 * whose threads largely coincide ("kubernetes migration", "cluster"). A list of stories shows
 * each thing that happened once, however many words it was told in.
 *
 * @param label what to call the story: its best term, or a phrase among its terms that holds it
 * @param key the key of its best term, which every member names as its {@code story}
 * @param score the best term's score
 * @param terms its terms, best first
 */
public record Story(String label, String key, double score, List<Member> terms) {

    /** A term of a story, as listed inside it. */
    public record Member(String term, String key, int posts) {}
}
