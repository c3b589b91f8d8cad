package io.groundswell.demo;

import java.util.List;
import java.util.regex.Pattern;

/** English: most posts. The word lists are ordered roughly from common to rare in workplace writing. */
final class English {

    /** "a" before a word that starts with a vowel sound: close enough for this vocabulary. */
    private static final Pattern A_BEFORE_VOWEL = Pattern.compile("\\b([Aa]) (?=[aeiouAEIOU])(?![Uu]se)");

    static final Vocabulary LANGUAGE = new Vocabulary(
            "en",
            List.of(
                    "We should {v} the {n} before the next {n}.",
                    "I think the {t} will help us {v} our {n}.",
                    "Has anyone tried to {v} the {a} {n}?",
                    "The {t} is {a}, but the {n} is still {a}.",
                    "Our team wants to {v} the {t} together with {d}.",
                    "Please {v} the {n} for the {t} by Friday.",
                    "It is {a} to {v} the {n} when the {n} is {a}.",
                    "Thanks to everyone who helped {v} the {n}.",
                    "Here is a short update on the {t}: the {n} is {a} and the {n} looks {a}.",
                    "Can we {v} the {n} without a {a} {n}?",
                    "The {t} needs more {n} and less {n}.",
                    "In my view a {a} {n} matters more than the {n}.",
                    "If we {v} the {t} now, the {n} will be {a}.",
                    "We learned that the {t} works best with a {a} {n}.",
                    "The {n} of the {t} depends on a {a} {n}.",
                    "Who owns the {n} for the {t}?",
                    "I would like to {v} the {n} and {v} the {n} this month.",
                    "Let us {v} the {a} {n} first and then {v} the {t}.",
                    "The {d} team shared a {a} {n} about the {t}.",
                    "My main question is how we {v} the {n}.",
                    "This {n} is {a} and very {a} for the {n}.",
                    "We still need to {v} the {n} with the {n} owners.",
                    "Feedback on the {t} has been {a} so far.",
                    "The {a} {n} made it {a} to {v} the {t}."),
            List.of(
                    "{T}: {a} {n} and next steps",
                    "Question about the {t}",
                    "Update on {T}",
                    "How {d} handles the {t}",
                    "{T}: what we learned",
                    "Proposal: a {a} {n} for the {t}",
                    "Why the {t} matters for our {n}",
                    "Notes from the {t} {n}",
                    "{T} in {d}",
                    "Help needed with the {t}"),
            "{a} {n}",
            "team, project, meeting, week, customer, process, update, plan, time, idea, question, feedback,"
                    + " data, tool, change, goal, result, report, budget, call, month, issue, document, service,"
                    + " product, quarter, topic, system, page, decision, support, work, approach, proposal,"
                    + " training, policy, deadline, review, workshop, colleague, manager, platform, target,"
                    + " requirement, strategy, priority, step, session, cost, contract, partner, survey, template,"
                    + " draft, summary, launch, release, workflow, standard, guideline, channel, thread, office,"
                    + " site, region, market, invoice, order, vendor, supplier, quality, performance, metric,"
                    + " milestone, sprint, backlog, ticket, request, access, account, licence, campaign, audience,"
                    + " event, agenda, slide, presentation, schedule, calendar, holiday, shift, desk, room, floor,"
                    + " kitchen, coffee, lunch, newsletter, intranet, portal, form, checklist, handbook, procedure,"
                    + " forecast, revenue, margin, growth, deal, renewal, segment, interview, role, career, skill,"
                    + " course, certificate, lesson, benefit, habit, culture, mission, vision, network, server,"
                    + " database, backup, laptop, phone, printer, badge, locker, whiteboard, spreadsheet",
            "share, discuss, review, improve, plan, check, update, support, test, build, try, start, finish,"
                    + " join, explain, agree on, prepare, change, track, measure, reduce, simplify, document,"
                    + " automate, schedule, organise, collect, compare, clarify, align, prioritise, deliver,"
                    + " launch, present, publish, approve, sign off, book, move, replace, fix, migrate, learn,"
                    + " celebrate, welcome, revisit, postpone, extend, adopt, evaluate, estimate, streamline,"
                    + " pilot, roll out, hand over, phase out, sketch, audit, rethink",
            "new, good, important, clear, simple, useful, quick, small, big, next, current, open, early, late,"
                    + " better, helpful, complex, hard, easy, possible, ready, shared, internal, external,"
                    + " regular, weekly, monthly, annual, main, local, global, remote, digital, manual, formal,"
                    + " informal, flexible, stable, reliable, secure, public, private, urgent, optional, practical,"
                    + " realistic, honest, positive, difficult, strong, fair, friendly, modern, legacy, expensive,"
                    + " cheap, efficient, sustainable, transparent, consistent, tricky, overdue",
            English::articles);

    private static String articles(String text) {
        return A_BEFORE_VOWEL.matcher(text).replaceAll("$1n ");
    }

    private English() {}
}
