package io.groundswell.demo;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * French, German and Spanish, for the few posts written in them. Nouns carry their article and the
 * adjectives are ones that do not change with gender, so the composed sentences stay grammatical.
 */
final class OtherLanguages {

    static final Vocabulary FRENCH = new Vocabulary(
            "fr",
            List.of(
                    "Nous devons {v} {n} avant la fin du mois.",
                    "{n} est {a} pour les équipes.",
                    "Est-ce que quelqu'un a déjà testé {t} avec les clients ?",
                    "Merci à tous pour le travail sur {t}.",
                    "Pour {t}, nous proposons une approche {a} et {a}.",
                    "À mon avis, {n} est plus {a} que {n}.",
                    "Nous allons {v} {n} avec la direction la semaine prochaine.",
                    "Le sujet {t} est {a} pour nous.",
                    "Voici un point rapide sur {t} : {n} est {a}.",
                    "Qui peut {v} {n} pour {t} ?",
                    "Les retours sur {t} sont positifs, mais {n} reste {a}.",
                    "Nous avons besoin d'un outil {a} pour {v} {n}.",
                    "La réunion sur {t} est prévue pour jeudi, avec les équipes et des collègues."),
            List.of(
                    "Point sur {T}",
                    "Question sur {t}",
                    "Retour d'expérience : {T}",
                    "{T} : les prochaines étapes",
                    "Proposition pour {t}"),
            new Vocabulary.Layout(
                    List.of("{n} {a}", "{v} {n}", "{v} {n} avec l'équipe"),
                    List.of("Contexte", "Ce qui change", "Questions ouvertes", "Pourquoi c'est important"),
                    "Prochaines étapes",
                    "Plus d'informations : [{T}]({link})"),
            "le projet, l'équipe, la réunion, le budget, la formation, le client, le planning, la direction,"
                    + " l'outil, le retour, la migration, le processus, la sécurité, le calendrier, la priorité,"
                    + " le rapport, la stratégie, le bureau, la politique, le service, le contrat, la demande,"
                    + " le document, la solution, le tableau de bord, la décision, le changement, la proposition,"
                    + " l'objectif, le résultat",
            "partager, vérifier, améliorer, préparer, discuter, planifier, simplifier, lancer, suivre,"
                    + " documenter, valider, présenter, organiser, tester, revoir",
            "rapide, utile, simple, efficace, possible, difficile, nécessaire, stable, fiable, flexible,"
                    + " pratique, prioritaire, moderne, durable, logique",
            UnaryOperator.identity());

    static final Vocabulary GERMAN = new Vocabulary(
            "de",
            List.of(
                    "Wir müssen {n} bis Freitag {v}.",
                    "{n} ist für uns sehr {a}.",
                    "Hat jemand schon Erfahrung mit {t}?",
                    "Danke an alle für die Arbeit an {t}.",
                    "Ich denke, {n} ist noch nicht {a}.",
                    "Können wir {n} nächste Woche {v}?",
                    "Für {t} ist {n} besonders {a}.",
                    "Das Thema {t} ist {a}, aber {n} bleibt {a}.",
                    "Wir sollten {n} gemeinsam mit dem Team {v}."),
            List.of("Frage zu {t}", "Neuigkeiten: {T}", "{T}: nächste Schritte", "Erfahrungen mit {t}"),
            new Vocabulary.Layout(
                    List.of("{n}: {a}", "{n} {v}", "{n} mit dem Team {v}"),
                    List.of("Hintergrund", "Was sich ändert", "Offene Fragen"),
                    "Nächste Schritte",
                    "Mehr dazu: [{T}]({link})"),
            "das Projekt, die Besprechung, das Budget, die Schulung, das Team, die Strategie, die Planung,"
                    + " das Werkzeug, die Umstellung, die Richtlinie, das Angebot, die Sicherheit, die Abteilung,"
                    + " das Ergebnis, die Entscheidung, das Dokument, die Lösung, die Anfrage",
            "prüfen, planen, verbessern, besprechen, abschließen, vorbereiten, teilen, testen, dokumentieren,"
                    + " vereinfachen",
            "wichtig, schwierig, einfach, hilfreich, dringend, klar, sinnvoll, stabil, möglich, nötig",
            UnaryOperator.identity());

    static final Vocabulary SPANISH = new Vocabulary(
            "es",
            List.of(
                    "Tenemos que {v} {n} antes del viernes.",
                    "{n} es muy {a} para nosotros.",
                    "¿Alguien ha probado {t} con los clientes?",
                    "Gracias a todos por el trabajo en {t}.",
                    "Creo que {n} todavía no es {a}.",
                    "Podemos {v} {n} la próxima semana.",
                    "Para {t}, {n} es especialmente {a}.",
                    "El tema {t} es {a}, pero {n} sigue siendo {a}.",
                    "Vamos a {v} {n} con todo el equipo."),
            List.of("Pregunta sobre {t}", "Novedades: {T}", "{T}: próximos pasos", "Experiencias con {t}"),
            new Vocabulary.Layout(
                    List.of("{n} {a}", "{v} {n}", "{v} {n} con el equipo"),
                    List.of("Contexto", "Qué cambia", "Preguntas abiertas"),
                    "Próximos pasos",
                    "Más información: [{T}]({link})"),
            "el proyecto, la reunión, el equipo, el presupuesto, la formación, el cliente, la estrategia,"
                    + " el informe, la política, el calendario, la herramienta, el proceso, la decisión,"
                    + " la propuesta, el resultado, la solicitud",
            "revisar, planificar, mejorar, compartir, preparar, discutir, probar, documentar, simplificar," + " lanzar",
            "importante, útil, posible, difícil, urgente, estable, flexible, eficaz, fiable, viable,"
                    + " relevante, interesante",
            UnaryOperator.identity());

    private OtherLanguages() {}
}
