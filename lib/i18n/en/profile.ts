import type { profile as nb } from "../nb/profile";
import type { Widen } from "../types";
import { SESSION_POLICY } from "@/lib/sessions/policy";
import { duration, lastDuration } from "./numbers";

export const profile: Widen<typeof nb> = {
  title: "Min profil",
  nav: {
    label: "Min profil",
    details: "Profil og e-post",
    passkeys: "Passnøkler",
    sessions: "Innlogginger",
    access: "Tilganger",
    security: "Sikkerhet",
  },
  name: {
    heading: "Navn",
    save: "Lagre navn",
    saving: "Lagrer …",
    saved: "Navnet er lagret.",
  },
  emails: {
    heading: "E-postadresser",
    lead: "Hver bekreftede jobb-e-post knytter deg til virksomhetens medlemsgruppe. Er du ansatt i flere virksomheter, kan du legge til flere adresser.",
    primary: "Primær",
    confirmed: "Bekreftet",
    unconfirmed: "Ikke bekreftet",
    makePrimary: "Gjør til primær",
    remove: "Fjern",
    removeConfirmTitle: (address: string) => `Fjerne ${address}?`,
    removeConfirmBody:
      "Medlemskap du fikk automatisk gjennom denne adressen avsluttes, med mindre en annen av adressene dine gir samme medlemskap.",
    removeConfirm: "Ja, fjern adressen",
    cancel: "Avbryt",
    confirmNow: "Bekreft nå",
    addHeading: "Legg til e-postadresse",
    addLabel: "Ny jobb-e-post",
    add: "Send kode",
    adding: "Sender …",
    removed: (address: string) => `${address} er fjernet.`,
    removedEnded: (address: string, groups: string) =>
      `${address} er fjernet. Du er ikke lenger medlem av ${groups}, fordi medlemskapet kom fra denne adressen.`,
    primaryChanged: "Primæradressen er endret.",
    stepUpNote: `Av sikkerhetshensyn må du ha logget inn i løpet av ${lastDuration(SESSION_POLICY.stepUpSeconds)} for å legge til eller fjerne e-postadresser.`,
    confirmTitle: "Bekreft ny e-postadresse",
    backToProfile: "Tilbake til Min profil",
  },
  sessions: {
    heading: "Aktive innlogginger",
    lead: `Dette er innloggingene dine som er aktive nå. Du blir logget ut etter ${duration(SESSION_POLICY.idleSeconds)} uten aktivitet, og senest etter ${duration(SESSION_POLICY.absoluteSeconds)}.`,
    current: "Denne innloggingen",
    method: { idporten: "ID-porten", passkey: "Passnøkkel" },
    level: { "idporten-loa-substantial": "betydelig", "idporten-loa-high": "høyt" } as Record<
      string,
      string
    >,
    started: "Logget inn",
    lastSeen: "Sist aktiv",
    device: "Nettleser",
    empty: "Ingen aktive innlogginger.",
    endOthers: "Logg ut alle andre innlogginger",
    ending: "Logger ut …",
    endedOthers: (n: number) =>
      n === 0
        ? "Det var ingen andre innlogginger."
        : `${n} ${n === 1 ? "innlogging" : "innlogginger"} er logget ut.`,
    unknownDevice: "Ukjent nettleser",
  },
  errors: {
    unknownEmail: "Fant ikke e-postadressen.",
    primaryUnconfirmed: "Bare en bekreftet adresse kan være primær.",
    lastEmail:
      "Du må ha minst én bekreftet e-postadresse. Legg til og bekreft en ny adresse før du fjerner denne.",
  },
};
