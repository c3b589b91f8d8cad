package io.groundswell.trend;

import io.groundswell.search.terms.TermOverlap;
import io.groundswell.search.terms.TermVariants;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups ranked terms into stories, best term first. A term joins the first story whose best term
 * is a variant of it, or shares a good part of its threads with it, far more than chance would;
 * otherwise it starts a story of its own. Comparing with the story's best term only, not with every member, keeps a chain of
 * pairwise resemblances from gluing unrelated stories together through common words.
 */
final class Stories {

    /**
     * Threads shared over threads holding either term (Jaccard) from which two terms tell one
     * story. A word common beside a small story shares few of its threads with it and stays apart.
     */
    static final double SAME_STORY = 0.3;

    /**
     * How many times more threads two terms must share than chance would give them: in a small
     * window two everyday words can share a third of their threads by accident.
     */
    static final double TOLD_TOGETHER = 2;

    private Stories() {}

    /** A story being gathered: its best term's position in the ranking, and its members'. */
    private record Gathering(int lead, String leadVariant, List<Integer> members) {}

    /**
     * The stories of the ranked terms, given how the first of them overlap (the terms of {@code
     * overlap}, in rank order). Terms beyond those join a story by spelling only.
     */
    static List<Story> group(List<TrendTerm> ranked, TermOverlap overlap) {
        List<Gathering> stories = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            String variant = TermVariants.key(ranked.get(i).key());
            Gathering joined = null;
            for (Gathering story : stories) {
                if (story.leadVariant().equals(variant) || related(overlap, story.lead(), i)) {
                    joined = story;
                    break;
                }
            }
            if (joined == null) {
                stories.add(new Gathering(i, variant, new ArrayList<>(List.of(i))));
            } else {
                joined.members().add(i);
            }
        }
        return stories.stream().map(story -> toStory(story, ranked)).toList();
    }

    /** Every ranked term as a member of its story. */
    static List<TrendTerm> label(List<TrendTerm> ranked, List<Story> stories) {
        Map<String, String> storyOf = new HashMap<>();
        stories.forEach(story -> story.terms().forEach(member -> storyOf.put(member.key(), story.key())));
        return ranked.stream()
                .map(term -> term.inStory(storyOf.getOrDefault(term.key(), term.key())))
                .toList();
    }

    private static boolean related(TermOverlap overlap, int lead, int term) {
        int compared = overlap.terms().size();
        return lead < compared
                && term < compared
                && overlap.similarity(lead, term) >= SAME_STORY
                && overlap.lift(lead, term) >= TOLD_TOGETHER;
    }

    private static Story toStory(Gathering story, List<TrendTerm> ranked) {
        TrendTerm lead = ranked.get(story.lead());
        List<Story.Member> members = story.members().stream()
                .map(ranked::get)
                .map(term -> new Story.Member(term.term(), term.key(), term.posts()))
                .toList();
        return new Story(label(lead, members), lead.key(), lead.score(), members);
    }

    /** The best term, or the best phrase of the story that contains it: "kubernetes migration" over "kubernetes". */
    private static String label(TrendTerm lead, List<Story.Member> members) {
        if (!TrendCalculator.isPhrase(lead.key())) {
            for (Story.Member member : members) {
                if (TrendCalculator.isPhrase(member.key())
                        && List.of(member.key().split(" ")).contains(lead.key())) {
                    return member.term();
                }
            }
        }
        return lead.term();
    }
}
