package io.groundswell.demo;

import static io.groundswell.demo.Topic.Curve.FADING;
import static io.groundswell.demo.Topic.Curve.PEAKING;
import static io.groundswell.demo.Topic.Curve.RISING;
import static io.groundswell.demo.Topic.Curve.STEADY;

import io.groundswell.demo.Topic.Curve;
import java.util.Arrays;
import java.util.List;

/** The topics of the synthetic organisation, written for this project. */
final class Topics {

    static final List<Topic> ALL = List.of(
            topic(
                    "Kubernetes migration",
                    RISING,
                    1.0,
                    "kubernetes, cluster, helm chart, container images, namespace, pods, cluster upgrade",
                    "kubernetes, cloud, migration",
                    "Engineering, IT Services"),
            topic(
                    "Hybrid work policy",
                    PEAKING,
                    1.2,
                    "hybrid work, office days, remote work, desk booking, commute, team days",
                    "hybrid-work, policy",
                    "Human Resources, Operations"),
            topic(
                    "Carbon footprint",
                    RISING,
                    0.7,
                    "carbon footprint, emissions, renewable energy, scope three, sustainability report",
                    "sustainability, climate",
                    "Operations, Finance"),
            topic(
                    "Customer onboarding",
                    STEADY,
                    1.0,
                    "onboarding journey, welcome call, activation, time to value, churn, first invoice",
                    "customers, onboarding",
                    "Sales, Customer Support"),
            topic(
                    "Quarterly planning",
                    PEAKING,
                    0.9,
                    "quarterly planning, okrs, roadmap, capacity, priorities, dependencies",
                    "planning, okr",
                    "Product Management, Finance"),
            topic(
                    "Security awareness",
                    STEADY,
                    0.8,
                    "phishing, password manager, security training, two-factor login, incident report",
                    "security, training",
                    "IT Services, Engineering"),
            topic(
                    "Mentoring programme",
                    STEADY,
                    0.6,
                    "mentoring programme, mentee, mentor, career growth, pairing sessions",
                    "mentoring, careers",
                    "Human Resources, Research"),
            topic(
                    "Expense tool rollout",
                    FADING,
                    0.8,
                    "expense tool, receipts, reimbursement, approval flow, travel policy",
                    "finance, tools",
                    "Finance"),
            topic(
                    "Observability",
                    STEADY,
                    0.7,
                    "dashboards, tracing, alert fatigue, on-call rota, error budget, latency",
                    "observability, sre",
                    "Engineering"),
            topic(
                    "AI assistant pilot",
                    RISING,
                    0.9,
                    "ai assistant, prompts, language model, meeting summaries, automation, pilot group",
                    "ai, pilot",
                    "Engineering, Product Management, Marketing"),
            topic(
                    "Office move",
                    PEAKING,
                    0.7,
                    "new office, floor plan, moving boxes, meeting rooms, parking spaces, bike storage",
                    "office, facilities",
                    "Operations"),
            topic(
                    "Annual conference",
                    PEAKING,
                    0.6,
                    "annual conference, keynote, booth, speakers, registration, slide deck",
                    "events, conference",
                    "Marketing, Sales"),
            topic(
                    "CRM migration",
                    STEADY,
                    0.7,
                    "crm, pipeline hygiene, lead scoring, sales forecast, opportunity data",
                    "crm, sales",
                    "Sales"),
            topic(
                    "Data privacy",
                    STEADY,
                    0.5,
                    "gdpr, data retention, consent, privacy notice, data protection officer",
                    "privacy, compliance",
                    "Legal, Internal Audit"),
            topic(
                    "Wellbeing week",
                    PEAKING,
                    0.5,
                    "wellbeing, mental health, burnout, quiet hours, walking meetings",
                    "wellbeing",
                    "Human Resources"),
            topic(
                    "Supplier audit",
                    STEADY,
                    0.3,
                    "supplier audit, due diligence, risk register, internal controls, audit findings",
                    "audit, risk",
                    "Internal Audit, Finance, Legal"),
            topic(
                    "Release train",
                    STEADY,
                    0.8,
                    "release train, feature flags, deployment freeze, rollback, release notes",
                    "releases, delivery",
                    "Engineering, Product Management"),
            topic(
                    "Pricing update",
                    FADING,
                    0.6,
                    "price list, discount policy, renewals, pricing tiers, gross margin",
                    "pricing",
                    "Sales, Finance"),
            topic(
                    "Design system",
                    STEADY,
                    0.5,
                    "design system, ui components, accessibility, colour tokens, screen readers",
                    "design, accessibility",
                    "Product Management, Engineering, Marketing"),
            topic(
                    "Budget freeze",
                    RISING,
                    0.6,
                    "budget freeze, hiring pause, cost savings, headcount, forecast review",
                    "budget, finance",
                    "Finance, Operations"),
            topic(
                    "Customer satisfaction survey",
                    PEAKING,
                    0.6,
                    "nps score, survey results, detractors, feedback loop, verbatim comments",
                    "customers, survey",
                    "Customer Support, Marketing"),
            topic(
                    "Laptop refresh",
                    FADING,
                    0.5,
                    "laptop refresh, hardware, docking station, device enrolment, battery life",
                    "it, hardware",
                    "IT Services"),
            topic(
                    "Volunteering day",
                    PEAKING,
                    0.4,
                    "volunteering day, charity, community garden, food bank, tree planting",
                    "community, volunteering",
                    "Human Resources, Marketing"),
            topic(
                    "Knowledge base cleanup",
                    STEADY,
                    0.5,
                    "knowledge base, outdated pages, search results, wiki gardening, page owners",
                    "wiki, documentation",
                    "Customer Support, IT Services"),
            topic(
                    "Lab prototypes",
                    STEADY,
                    0.4,
                    "lab results, prototype, experiment, patent filing, field trial",
                    "research, innovation",
                    "Research"));

    private Topics() {}

    private static Topic topic(
            String name, Curve trend, double popularity, String terms, String tags, String departments) {
        // Peaks are spread over the middle of the window by the topic's name, so they do not coincide.
        double peakAt = 0.25 + 0.5 * Math.floorMod(name.hashCode(), 1000) / 1000.0;
        return new Topic(name, split(terms), split(tags), split(departments), trend, popularity, peakAt);
    }

    private static List<String> split(String list) {
        return Arrays.stream(list.split(",")).map(String::strip).toList();
    }
}
