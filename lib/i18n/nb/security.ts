import { NEW_BROWSER_AFTER_SECONDS, SECURITY_HISTORY_SECONDS } from "@/lib/security-events/policy";
import { lastDuration } from "./numbers";

type Details = Record<string, string | undefined>;

const historyWindow = lastDuration(SECURITY_HISTORY_SECONDS);
const newBrowserWindow = lastDuration(NEW_BROWSER_AFTER_SECONDS);
/** The event stores the method's code ("passkey"); the text names it in the reader's language. */
const loginMethods: Record<string, string> = { idporten: "ID-porten", passkey: "passnøkkel" };
const methodName = (code: string | undefined) => (code && loginMethods[code]) ?? code ?? "";

/** Emails and the history under Min profil about changes to a person's own security. */
export const security = {
  kinds: {
    "passkey.added": {
      subject: "Ny passnøkkel på kontoen din",
      what: (d: Details) =>
        `Passnøkkelen «${d.name}» ble lagt til på kontoen din i Medlemsportalen. Den kan brukes til å logge inn.`,
      history: (d: Details) => `Passnøkkel lagt til: «${d.name}»`,
      advice: "Passnøklene dine finner du under Min profil → Passnøkler.",
    },
    "passkey.removed": {
      subject: "En passnøkkel er fjernet fra kontoen din",
      what: (d: Details) =>
        `Passnøkkelen «${d.name}» ble fjernet fra kontoen din i Medlemsportalen. Den kan ikke lenger brukes til å logge inn.`,
      history: (d: Details) => `Passnøkkel fjernet: «${d.name}»`,
      advice: "Passnøklene dine finner du under Min profil → Passnøkler.",
    },
    "email.added": {
      subject: "Ny e-postadresse på kontoen din",
      what: (d: Details) =>
        `E-postadressen ${d.address} ble bekreftet og lagt til på kontoen din i Medlemsportalen.`,
      history: (d: Details) => `E-postadresse lagt til: ${d.address}`,
      advice: "E-postadressene dine finner du under Min profil.",
    },
    "email.removed": {
      subject: "En e-postadresse er fjernet fra kontoen din",
      what: (d: Details) =>
        `E-postadressen ${d.address} ble fjernet fra kontoen din i Medlemsportalen. Vi sender ikke lenger e-post dit.`,
      history: (d: Details) => `E-postadresse fjernet: ${d.address}`,
      advice: "E-postadressene dine finner du under Min profil.",
    },
    "email.primary_changed": {
      subject: "Ny primær e-postadresse",
      what: (d: Details) =>
        `${d.address} er nå den primære e-postadressen på kontoen din i Medlemsportalen. Vi sender e-post dit fra nå av.`,
      history: (d: Details) => `Primær e-postadresse endret til ${d.address}`,
      advice: "E-postadressene dine finner du under Min profil.",
    },
    "login.new_browser": {
      subject: "Innlogging fra en ny nettleser",
      what: (d: Details) =>
        `Noen logget inn på kontoen din i Medlemsportalen med ${methodName(d.method)} fra en nettleser du ikke har brukt ${newBrowserWindow}.`,
      history: () => "Innlogging fra en ny nettleser",
      advice: "Innloggingene som er aktive nå, finner du under Min profil → Innlogginger.",
    },
    "account.disabled": {
      subject: "Kontoen din er deaktivert",
      what: () =>
        "Brukerstøtte har deaktivert kontoen din i Medlemsportalen. Du er logget ut, og du kan ikke logge inn før kontoen er aktivert igjen.",
      history: () => "Kontoen ble deaktivert av brukerstøtte",
      advice: "",
    },
    "account.enabled": {
      subject: "Kontoen din er aktivert igjen",
      what: () =>
        "Brukerstøtte har aktivert kontoen din i Medlemsportalen igjen. Du kan logge inn som før.",
      history: () => "Kontoen ble aktivert igjen av brukerstøtte",
      advice: "",
    },
  },
  loginMethods,
  email: {
    greeting: "Hei,",
    when: "Når",
    whenValue: (at: string) => `${at} (norsk tid)`,
    browser: "Nettleser og system",
    unknownBrowser: "Ukjent nettleser",
    bySupport: "Utført av",
    support: "Brukerstøtte i Helse- og KommuneCERT",
    notYou: "Var ikke dette deg?",
    notYouBody: "Kontakt brukerstøtte med en gang, så hjelper vi deg med å sikre kontoen.",
    notYouBodySupport:
      "Kjenner du ikke til dette, eller mener du at det er feil? Kontakt brukerstøtte.",
    contact: (email: string, phone: string, note: string) =>
      `E-post: ${email} · Telefon: ${phone} ${note}`,
    why: "Vi sender deg denne e-posten fordi noe er endret i sikkerheten på kontoen din. Den inneholder aldri koder eller lenker til innlogging.",
  },
  history: {
    title: "Sikkerhetshendelser",
    lead: `Endringer i sikkerheten på kontoen din ${historyWindow}. Vi sender også en e-post til den primære adressen din hver gang.`,
    empty: `Ingen endringer ${historyWindow}.`,
    when: "Tidspunkt",
    what: "Hva skjedde",
    where: "Nettleser og system",
    bySupport: "Brukerstøtte",
    notYou: "Kjenner du ikke igjen en hendelse? Kontakt brukerstøtte med en gang.",
  },
} as const;

export type SecurityEventKind = keyof typeof security.kinds;
