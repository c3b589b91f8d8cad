package io.groundswell.demo;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** English: most posts. The word lists are ordered roughly from common to rare in workplace writing. */
final class English {

    /** "a" before a word that starts with a vowel sound: close enough for this vocabulary. */
    private static final Pattern A_BEFORE_VOWEL = Pattern.compile("\\b([Aa]) (?=[aeiouAEIOU])(?![Uu]se)");

    /**
     * Sentences as colleagues write them: the random words sit where any word of their list reads
     * naturally (a verb before a topic term, an adjective after "is"), so the text stays plausible
     * however the slots fall. No template uses another topic's terms, which would blur the trends.
     */
    static final Vocabulary LANGUAGE = new Vocabulary(
            "en",
            List.of(
                    "Quick update on the {t}: we are on track, and the next step is to {v} the {n}.",
                    "Has anyone in {d} already worked with the {t}? I would love to hear how it went.",
                    "We plan to {v} the {t} before the end of the month.",
                    "The main open question is who will {v} the {n} once we are done with the {t}.",
                    "Thanks to everyone in {d} who helped {v} the {t} last week.",
                    "If you have feedback on the {t}, reply here or add it to the {n}.",
                    "From what we have seen so far, working on the {t} saves us a lot of back and forth.",
                    "Our work on the {t} is not perfect yet, but it is already {a}.",
                    "Please {v} the {n} by Friday, so that we can decide on the {t} next week.",
                    "We discussed the {t} in our team meeting on Tuesday.",
                    "Our team in {d} will {v} the {t} together with the people affected.",
                    "A few people asked why we need the {t} at all, so here is the short answer.",
                    "The biggest risk I see is the {t}, so let us {v} that part early.",
                    "It took longer than planned, mostly because of the {t}.",
                    "Next week we will {v} the {t} with a small group first.",
                    "If anything is unclear, ask in this thread and we will answer here.",
                    "Good progress on the {t} this week, and thanks for all the comments.",
                    "I would keep the {t} simple for now and revisit it next quarter.",
                    "My suggestion: {v} the {t} first, then look at the {n}.",
                    "Do the {t} and the {n} depend on each other, or can we treat them separately?",
                    "What we learned is that someone has to own the {t} from start to finish.",
                    "The first results from {d} look {a}, so we will keep going.",
                    "Honestly, the {n} was the hard part, not the work on the {t}.",
                    "I have written down the details, and the summary is below.",
                    "Nothing changes for most of you, but {d} should {v} the {n} soon.",
                    "We are still waiting for a decision on the {t}.",
                    "The feedback so far has been {a}, especially about the {t}.",
                    "For context: the {t} came up in three different meetings this month."),
            List.of(
                    "{T}: where we are",
                    "Question about the {t}",
                    "Update on the {T}",
                    "How {d} handles the {t}",
                    "{T}: what we learned so far",
                    "Proposal: a simpler way to handle the {t}",
                    "Why we should care about the {t}",
                    "Notes from our {T} session",
                    "{T} in {d}: next steps",
                    "Looking for help with the {t}",
                    "Heads-up: changes to the {t}",
                    "Lessons from the {t}"),
            new Vocabulary.Layout(
                    List.of(
                            "{v} the {t}",
                            "{v} the {n} with {d}",
                            "Agree who owns the {t}",
                            "Collect questions about the {t} in this thread",
                            "{v} the {n} before the next check-in",
                            "Share the {n} with everyone involved"),
                    List.of("Background", "What changes", "Open questions", "Why it matters", "What we found"),
                    "Next steps",
                    "More on the [{T}]({link}) page."),
            "plan, document, timeline, report, checklist, proposal, draft, summary, agenda, schedule, template,"
                    + " process, guideline, policy, handbook, budget, survey, contract, milestone, workshop,"
                    + " training, presentation, newsletter, intranet page, ticket, request form, invoice,"
                    + " decision log, action items, handover notes, sign-off, kick-off, project plan,"
                    + " status report, FAQ, cost estimate, test plan, rollout plan, team calendar, shared folder,"
                    + " onboarding checklist, approval, requirements, wiki page, team channel, progress report,"
                    + " meeting invite, quarterly review, interview guide, vendor list, help page",
            "share, discuss, review, improve, plan, check, update, test, finish, prepare, simplify, document,"
                    + " schedule, organise, compare, clarify, prioritise, present, publish, approve, sign off,"
                    + " agree on, track, automate, evaluate, estimate, revisit, hand over, roll out, pilot",
            "good, useful, helpful, promising, encouraging, positive, solid, reasonable, very useful,"
                    + " better than expected",
            English::articles);

    /** Names and acronyms that topic terms hold in lower case, as the trend analysis reads them. */
    private static final Pattern PROPER = Pattern.compile("\\b(kubernetes|helm|gdpr|crm|okrs|nps|ai|ui)\\b");

    private static final Map<String, String> SPELLED = Map.of(
            "kubernetes", "Kubernetes",
            "helm", "Helm",
            "gdpr", "GDPR",
            "crm", "CRM",
            "okrs", "OKRs",
            "nps", "NPS",
            "ai", "AI",
            "ui", "UI");

    private static String articles(String text) {
        String spelled = PROPER.matcher(text).replaceAll(match -> SPELLED.get(match.group(1)));
        return A_BEFORE_VOWEL.matcher(spelled).replaceAll("$1n ");
    }

    private English() {}
}
