import type { registration as nb } from "../nb/registration";
import type { Widen } from "../types";
import { RATE_LIMITS } from "@/lib/rate-limit/policies";
import { CODE_POLICY } from "@/lib/registration/policy";
import { duration, lastDuration, numberWord } from "./numbers";

const codeLifetime = duration(CODE_POLICY.lifetimeSeconds);
const digits = `${CODE_POLICY.digits} siffer`;

export const registration: Widen<typeof nb> = {
  title: "Registrer profilen",
  lead: "Etter første innlogging med ID-porten trenger vi å vite litt mer om deg. Informasjonen brukes for å gi deg riktige tilganger i medlemsportalen.",
  steps: { profile: "Profil", confirm: "Bekreft e-post", membership: "Medlemskap" },
  stepOf: (n: number, total: number) => `Steg ${n} av ${total}`,
  name: {
    label: "Fullt navn",
    description: "Skriv gjerne fullt navn, slik at administratorene kjenner deg igjen.",
    tooShort: "Skriv inn fullt navn (minst 2 tegn).",
    tooLong: "Navnet kan ikke være lengre enn 100 tegn.",
    unsafe:
      "Navnet kan ikke inneholde linjeskift, tabulator, kontrolltegn eller tegn som snur skriveretningen.",
  },
  email: {
    label: "Jobb-e-post",
    description:
      "Bruk e-postadressen du har på jobb. Da kan vi knytte deg til riktig virksomhet og medlemsgruppe. Du kan legge til flere adresser senere under «Min profil».",
    invalid: "Skriv inn en gyldig e-postadresse, for eksempel navn@sykehus.no.",
    privateWarning: (domain: string) =>
      `${domain} ser ut som en privat e-postadresse. Med jobb-e-posten din blir du knyttet til virksomheten din automatisk. Du kan likevel fortsette.`,
    subject: "Bekreft din e-postadresse",
    preview: (code: string) => `Koden din er ${code}`,
    intro: "Skriv inn denne engangskoden i medlemsportalen for å bekrefte e-postadressen din:",
    validity: `Koden er gyldig i ${codeLifetime} og kan bare brukes én gang.`,
    notYou:
      "Har du ikke bedt om denne koden, kan du se bort fra e-posten. Ingen får tilgang uten koden. Ta gjerne kontakt med oss hvis du får slike e-poster uten å ha bedt om dem.",
  },
  /** To an address another account has confirmed: the same subject, but no code. */
  inUseEmail: {
    preview: "E-postadressen er allerede i bruk i Medlemsportalen",
    intro:
      "Noen ba nettopp om en kode for å bekrefte denne e-postadressen i Medlemsportalen. Adressen er allerede bekreftet på en annen konto, så vi har ikke sendt noen kode, og den kan ikke bekreftes på nytt.",
    ifYou:
      "Var det deg? Da har du kanskje registrert deg tidligere. Logg inn med ID-porten eller passnøkkelen du brukte da. Trenger du å flytte adressen til en annen konto, kontakt brukerstøtte:",
    contact: (email: string, phone: string) => `E-post ${email}, telefon ${phone}.`,
    notYou:
      "Var det ikke deg, kan du se bort fra e-posten. Ingen kan bruke adressen din uten at du bekrefter den.",
  },
  submit: "Send kode",
  sending: "Sender …",
  confirm: {
    title: "Bekreft e-postadressen",
    sentTo: "Vi har sendt en engangskode til",
    subjectHint:
      "Åpne e-posten med emnet «Bekreft din e-postadresse», kopier koden og skriv den inn her.",
    validity: `Koden er gyldig i ${codeLifetime}.`,
    wrongAddress: "Feil adresse? Endre e-postadressen",
    codeLabel: "Engangskode",
    codeDescription: `${digits}. Koden sendes så snart du har skrevet eller limt inn alle sifrene.`,
    submit: "Bekreft",
    submitting: "Bekrefter …",
    resend: "Send kode på nytt",
    resendIn: (seconds: number) => `Du kan be om en ny kode om ${seconds} sekunder.`,
    resent: "Vi har sendt en ny kode. Den forrige koden virker ikke lenger.",
    stillValid:
      "Koden vi sendte deg, gjelder fortsatt, så vi har ikke sendt en ny. Skriv den inn her. Finner du den ikke, kan du be om en ny kode lenger ned på siden.",
    pendingCode: (address: string) => `Vi har sendt en kode til ${address} som fortsatt gjelder.`,
    pendingCodeLink: "Skriv inn koden",
    notFoundHeading: "Finner du ikke e-posten?",
    notFoundBody:
      "Vent et par minutter, sjekk søppelpost, og be om en ny kode fra denne siden hvis du fortsatt mangler den.",
    causesHeading: "Vanlige feilkilder",
    causes: [
      "E-posten ligger i søppelpost- eller karantenemappen.",
      "Du har brukt privat e-post i stedet for jobb-e-post.",
      "Du har skrevet inn koden etter at den utløp.",
    ],
  },
  errors: {
    codeFormat: `Koden består av ${digits}. Sjekk at du har skrevet den riktig.`,
    wrongCode: (remaining: number) =>
      `Koden er feil. Du har ${remaining} forsøk igjen før koden sperres.`,
    locked: `Koden er sperret etter ${numberWord(CODE_POLICY.maxFailedAttempts, true)} feil forsøk. Be om en ny kode med «Send kode på nytt».`,
    expired: `Koden er utløpt. Koder er gyldige i ${codeLifetime}. Be om en ny kode med «Send kode på nytt».`,
    noCode:
      "Det finnes ingen gyldig kode for denne adressen. Be om en ny kode med «Send kode på nytt».",
    cooldown: (seconds: number) => `Vent ${seconds} sekunder før du ber om en ny kode.`,
    addressLimit: `Det er sendt mange koder til denne adressen ${lastDuration(RATE_LIMITS.emailCodePerAddress.windowSeconds)}. Vent litt før du prøver igjen, eller kontakt brukerstøtte.`,
    userLimit: `Du har bedt om mange koder ${lastDuration(RATE_LIMITS.emailCodePerUser.windowSeconds)}. Vent litt før du prøver igjen, eller kontakt brukerstøtte.`,
    attemptLimit: `For mange forsøk ${lastDuration(RATE_LIMITS.codeAttemptsPerUser.windowSeconds)}. Vent litt før du prøver igjen.`,
    emailTaken:
      "Denne e-postadressen kan ikke brukes. Den er allerede bekreftet på en annen konto. Kontakt brukerstøtte hvis du mener dette er feil.",
    alreadyConfirmed: "Denne e-postadressen er allerede bekreftet på kontoen din.",
    unknownEmail: "Fant ikke e-postadressen. Start på nytt.",
  },
  done: {
    title: "E-postadressen er bekreftet",
    confirmed: (address: string) => `${address} er bekreftet.`,
    member: (group: string) => `Du er nå medlem av ${group}`,
    memberBody: "Du finner tjenestene og varslene til medlemsgruppen på oversikten.",
    noGroup: (domain: string) => `Vi fant ingen medlemsgruppe for domenet ${domain}.`,
    noGroupBody:
      "Du kan søke opp medlemsgruppen din og sende en forespørsel. Administratorene får varsel og kan godkjenne deg.",
    searchGroups: "Søk etter medlemsgruppe",
    cantFind: "Finner du ikke medlemsgruppen din? Kontakt brukerstøtte",
    toDashboard: "Gå til oversikten",
    passkeyTip:
      "Tips: Legg til en passnøkkel under «Min profil», så logger du raskere inn neste gang.",
  },
};
