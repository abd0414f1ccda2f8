import type { reconfirm as nb } from "../nb/reconfirm";
import type { Widen } from "../types";
import { RECONFIRM_POLICY } from "@/lib/emails/reconfirm-policy";
import { numberWord } from "./numbers";

/** The yearly re-confirmation of a work address (issue 14). */
export const reconfirm: Widen<typeof nb> = {
  title: "Bekreft e-postadressen på nytt",
  due: (address: string, deadline: string) =>
    `Det er et år siden du bekreftet ${address}. Bekreft at du fortsatt bruker den innen ${deadline}, så beholder du medlemskapene som kommer fra den.`,
  lapsed: (address: string) =>
    `Du bekreftet ikke ${address} innen fristen, så medlemskap som kom fra den er avsluttet. Bekreft adressen, så blir du medlem igjen med en gang.`,
  why: `Medlemskap som kommer fra jobbadressen din skal bare gjelde så lenge du jobber der. Derfor ber vi deg bekrefte adressen én gang i året. Du har ${numberWord(RECONFIRM_POLICY.graceDays)} dager på deg.`,
  sendCode: "Send kode",
  sendingCode: "Sender …",
  later: "Gjør det senere",
  /** Support's view of one person's address (Adminområdet → Brukere). */
  support: {
    dueOn: (date: string) => `Bekreftes på nytt innen ${date}`,
    waiting: (date: string) => `Venter på ny bekreftelse, frist ${date}`,
    lapsed: "Ikke bekreftet på nytt i tide",
    start: "Be om ny bekreftelse nå",
    starting: "Ber om …",
    started: "Personen blir bedt om å bekrefte adressen på nytt ved neste innlogging.",
    already: "Adressen venter allerede på ny bekreftelse.",
  },
  banner: {
    due: (address: string, deadline: string) =>
      `Bekreft e-postadressen ${address} på nytt innen ${deadline}. Ellers avsluttes medlemskap som kommer fra den.`,
    lapsed: (address: string) =>
      `E-postadressen ${address} er ikke lenger bekreftet. Bekreft den på nytt for å få tilbake medlemskapet.`,
    action: "Bekreft nå",
  },
};
