// Labels of the coordinators' dashboard in English, French and Dutch.
window.SCHOOLHUB_LABELS = {
  en: {
    title: "SchoolHub — coordinators' dashboard", currentStage: "Current stage", updated: "Updated",
    gates: "Stage gates", months: "Last 12 months", gate: "Stage {from} → {to}", ready: "ready",
    notReady: "not ready", criterion: "Criterion", target: "Target", actual: "Actual", status: "Status",
    met: "met", notMet: "not met", noData: "no data", yes: "yes", no: "no",
    forbidden: "This page is for coordinators: your login may not read the metrics.",
    failed: "The metrics could not be loaded; retrying.",
    activeFamilies: "Active families (30 days)", selTransfersThisMonth: "SEL transfers this month",
    selTransfersTotal: "SEL transfers in total", ordersThisMonth: "Group-order lines this month",
    uptimePercent30d: "Uptime, 30 days (%)", responseTimeP95Ms: "Response time p95 (ms)",
    criticalBugs: "Critical bugs", messagesPerDay: "Messages per day", eventsPerMonth: "Events per month",
    educationalUsePercent: "Educational use (%)", balancesWithinLimits: "All balances within limits",
    chartTransfers: "SEL transfers per month", chartVolume: "SEL volume per month (units)",
    chartActive: "Active families per month", chartOrders: "Group-order lines per month"
  },
  fr: {
    title: "SchoolHub — tableau de bord des coordinateurs", currentStage: "Étape actuelle", updated: "Mis à jour",
    gates: "Critères de passage", months: "Les 12 derniers mois", gate: "Étape {from} → {to}", ready: "prêt",
    notReady: "pas prêt", criterion: "Critère", target: "Objectif", actual: "Valeur", status: "État",
    met: "atteint", notMet: "non atteint", noData: "pas de données", yes: "oui", no: "non",
    forbidden: "Cette page est réservée aux coordinateurs : votre compte ne peut pas lire les indicateurs.",
    failed: "Les indicateurs n'ont pas pu être chargés ; nouvel essai en cours.",
    activeFamilies: "Familles actives (30 jours)", selTransfersThisMonth: "Échanges SEL ce mois-ci",
    selTransfersTotal: "Échanges SEL au total", ordersThisMonth: "Lignes de commandes groupées ce mois-ci",
    uptimePercent30d: "Disponibilité, 30 jours (%)", responseTimeP95Ms: "Temps de réponse p95 (ms)",
    criticalBugs: "Bugs critiques", messagesPerDay: "Messages par jour", eventsPerMonth: "Événements par mois",
    educationalUsePercent: "Usage pédagogique (%)", balancesWithinLimits: "Tous les soldes dans les limites",
    chartTransfers: "Échanges SEL par mois", chartVolume: "Volume SEL par mois (unités)",
    chartActive: "Familles actives par mois", chartOrders: "Lignes de commandes groupées par mois"
  },
  nl: {
    title: "SchoolHub — dashboard voor coördinatoren", currentStage: "Huidige fase", updated: "Bijgewerkt",
    gates: "Overgangscriteria", months: "Laatste 12 maanden", gate: "Fase {from} → {to}", ready: "klaar",
    notReady: "niet klaar", criterion: "Criterium", target: "Doel", actual: "Waarde", status: "Status",
    met: "gehaald", notMet: "niet gehaald", noData: "geen gegevens", yes: "ja", no: "nee",
    forbidden: "Deze pagina is voor coördinatoren: uw account mag de cijfers niet lezen.",
    failed: "De cijfers konden niet worden geladen; nieuwe poging.",
    activeFamilies: "Actieve gezinnen (30 dagen)", selTransfersThisMonth: "SEL-transacties deze maand",
    selTransfersTotal: "SEL-transacties in totaal", ordersThisMonth: "Groepsbestellingsregels deze maand",
    uptimePercent30d: "Beschikbaarheid, 30 dagen (%)", responseTimeP95Ms: "Responstijd p95 (ms)",
    criticalBugs: "Kritieke bugs", messagesPerDay: "Berichten per dag", eventsPerMonth: "Evenementen per maand",
    educationalUsePercent: "Educatief gebruik (%)", balancesWithinLimits: "Alle saldi binnen de grenzen",
    chartTransfers: "SEL-transacties per maand", chartVolume: "SEL-volume per maand (eenheden)",
    chartActive: "Actieve gezinnen per maand", chartOrders: "Groepsbestellingsregels per maand"
  }
};
