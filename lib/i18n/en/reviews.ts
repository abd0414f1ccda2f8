import type { reviews as nb } from "../nb/reviews";
import type { Widen } from "../types";
import { REVIEW_POLICY } from "@/lib/reviews/policy";
import { numberWord } from "./numbers";

function quarterName(period: string): string {
  const [year, q] = period.split("-Q");
  return `${q}. kvartal ${year}`;
}

/** The quarterly access review: `Gjennomgå medlemmer`. */
export const reviews: Widen<typeof nb> = {
  title: "Gjennomgå medlemmer",
  heading: (group: string) => `Gjennomgå medlemmer i ${group}`,
  lead: (period: string) =>
    `Gå gjennom hvem som er medlem for ${quarterName(period)}. Behold de som fortsatt skal ha tilgang til gruppens tjenester og varsler, og fjern de som har sluttet eller byttet rolle. Fjernede medlemmer får beskjed.`,
  taskAlert: (period: string) =>
    `Det er tid for å gå gjennom medlemmene for ${quarterName(period)}.`,
  openTask: "Gjennomgå medlemmer",
  columns: {
    name: "Navn",
    joined: "Slik ble personen medlem",
    lastLogin: "Sist innlogget",
    confirmed: "E-post bekreftet",
    decision: "Beslutning",
  },
  sources: {
    domain: "Automatisk, via e-postdomenet",
    request: "Forespørsel godkjent",
    admin: "Lagt til av administrator",
    seed: "Demodata",
  } as Record<string, string>,
  never: "Aldri",
  yes: "Ja",
  no: "Nei",
  keep: "Behold",
  remove: "Fjern",
  you: "Deg selv",
  finish: "Fullfør gjennomgang",
  finishing: "Fullfører …",
  done: (kept: number, removed: number) =>
    `Gjennomgangen er fullført: ${kept} beholdt, ${removed} fjernet.`,
  completedOn: (when: string, by: string) => `Fullført ${when} av ${by}.`,
  noOpen: "Det er ingen åpen gjennomgang for denne gruppen nå.",
  errors: {
    closed: "Gjennomgangen er allerede fullført.",
    lastAdmin: "Gruppen må ha minst én administrator igjen.",
    notMember: "En av personene er ikke lenger medlem. Last siden på nytt og prøv igjen.",
  },
  email: {
    subject: (group: string) => `Gjennomgå medlemmene i ${group}`,
    reminderSubject: (group: string) => `Påminnelse: gjennomgå medlemmene i ${group}`,
    intro: (group: string, period: string) =>
      `Det er tid for å gå gjennom medlemmene i ${group} for ${quarterName(period)}. Det tar bare et par minutter: behold de som fortsatt skal ha tilgang, og fjern de som har sluttet.`,
    reminder: `Gjennomgangen er fortsatt ikke fullført etter ${numberWord(REVIEW_POLICY.reminderDays)} dager.`,
    action:
      "Logg inn i Medlemsportalen og velg gruppen under Medlemsgrupper → Gjennomgå medlemmer.",
  },
  support: {
    title: "Gjennomganger",
    lead: "Status for kvartalets gjennomgang av medlemmer i hver gruppe.",
    group: "Gruppe",
    period: "Periode",
    status: "Status",
    open: "Åpen",
    reminded: (when: string) => `Påminnet ${when}`,
    completed: (when: string) => `Fullført ${when}`,
    remind: "Send påminnelse",
    reminding: "Sender …",
    remindedNow: "Påminnelse sendt til gruppens administratorer.",
    empty: "Ingen gjennomganger ennå. De åpnes ved starten av hvert kvartal.",
  },
};
