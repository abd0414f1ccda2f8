import type { passkeys as nb } from "../nb/passkeys";
import type { Widen } from "../types";
import { RATE_LIMITS } from "@/lib/rate-limit/policies";
import { SESSION_POLICY } from "@/lib/sessions/policy";
import { PASSKEY_REMINDER_DAYS } from "@/lib/passkeys/reminder-policy";
import { aDuration, lastDuration } from "./numbers";

const stepUpWindow = lastDuration(SESSION_POLICY.stepUpSeconds);

/** Texts for passkeys: Min profil → Passnøkler, enrolment, and passkey login on /logg-inn. */
export const passkeys: Widen<typeof nb> = {
  /** Passkey adoption in a group (its admins) and the guide emailed by `Send påminnelse`. */
  adoption: {
    column: "Passnøkkel",
    yes: "Ja",
    no: "Nei",
    share: (withKey: number, total: number) =>
      `${withKey} av ${total} ${total === 1 ? "medlem" : "medlemmer"} har passnøkkel (${total === 0 ? 0 : Math.round((withKey / total) * 100)} %).`,
    portalShare: (withKey: number, total: number) =>
      `I hele portalen har ${withKey} av ${total} personer passnøkkel (${total === 0 ? 0 : Math.round((withKey / total) * 100)} %).`,
    remindHint: `Medlemmer uten passnøkkel kan få en kort veiledning på e-post, høyst én gang per ${PASSKEY_REMINDER_DAYS} dager.`,
    remind: "Send påminnelse",
    reminding: "Sender …",
    reminded: (n: number) =>
      n === 0
        ? `Alle medlemmer uten passnøkkel har fått en påminnelse de siste ${PASSKEY_REMINDER_DAYS} dagene.`
        : `Påminnelse sendt til ${n} ${n === 1 ? "medlem" : "medlemmer"}.`,
    email: {
      subject: "Logg inn tryggere med en passnøkkel",
      preview: "Slik legger du til en passnøkkel i Medlemsportalen.",
      greeting: "Hei,",
      why: (group: string) =>
        `Administratoren av ${group} i Medlemsportalen ber medlemmene logge inn med passnøkkel. En passnøkkel kan ikke fiskes, og du slipper ID-porten hver gang.`,
      steps: [
        "Logg inn i Medlemsportalen med ID-porten.",
        "Gå til Min profil → Passnøkler.",
        "Trykk «Legg til passnøkkel» og bekreft med fingeravtrykk, ansikt eller PIN-kode.",
      ],
      after: "Neste gang velger du «Logg inn med passnøkkel».",
    },
  },
  title: "Passnøkler",
  lead: "Med en passnøkkel logger du inn med fingeravtrykk, ansiktsgjenkjenning eller PIN-koden på enheten din, uten å gå via ID-porten. ID-porten er alltid tilgjengelig som reserve.",
  limitNote: (max: number) => `Du kan ha opptil ${max} passnøkler.`,
  listHeading: "Dine passnøkler",
  empty: "Du har ingen passnøkler ennå. Legg til en passnøkkel for å logge inn raskere neste gang.",
  add: "Legg til passnøkkel",
  atLimit: (max: number) =>
    `Du har ${max} passnøkler, som er det høyeste antallet. Fjern en passnøkkel du ikke bruker før du legger til en ny.`,
  stepUpNote: `For å legge til eller fjerne en passnøkkel må du ha logget inn i løpet av ${stepUpWindow}. Ellers ber vi deg bekrefte at det er deg først.`,
  errorSummaryHeading: "For å gå videre må du rette opp i følgende:",
  fields: {
    provider: "Leverandør",
    storage: "Lagring",
    created: "Lagt til",
    lastUsed: "Sist brukt",
  },
  unknownProvider: "Ukjent leverandør",
  /** Names a new passkey gets when the person has not chosen one. */
  defaultNames: {
    passkey: "Passnøkkel",
    securityKey: "Sikkerhetsnøkkel",
    phone: "Passnøkkel på mobil",
    withPlatform: (name: string, platform: string) => `${name} (${platform})`,
  },
  synced: "Synkronisert",
  deviceBound: "Kun på denne enheten",
  neverUsed: "Ikke brukt ennå",
  added: (name: string) =>
    `Passnøkkelen «${name}» er lagt til. Neste gang kan du logge inn med den.`,
  addedRenameHint: "Du kan gi den et navn du kjenner igjen med «Gi nytt navn» i listen.",
  newTag: "Ny",
  nameFirst: "Velg navn selv først",
  oneStep: {
    saving: "Lagrer passnøkkelen …",
  },
  removed: "Passnøkkelen er fjernet. Den kan ikke lenger brukes til å logge inn.",
  rename: {
    toggle: "Endre navn",
    toggleNew: "Gi nytt navn",
    label: "Nytt navn",
    labelFor: (name: string) => `på «${name}»`,
    submit: "Lagre navnet",
    submitting: "Lagrer …",
    done: (name: string) => `Navnet er endret til «${name}».`,
  },
  remove: {
    link: "Fjern",
    title: "Fjern passnøkkel",
    heading: (name: string) => `Vil du fjerne passnøkkelen «${name}»?`,
    body: "Når passnøkkelen er fjernet, kan den ikke lenger brukes til å logge inn i Medlemsportalen. Du kan fortsatt logge inn med ID-porten, og du kan legge til en ny passnøkkel senere.",
    deviceHint:
      "Passnøkkelen ligger fortsatt på enheten eller i passordbehandleren din. Der kan du slette den selv.",
    confirm: "Fjern passnøkkelen",
    confirming: "Fjerner …",
    cancel: "Avbryt",
  },
  name: {
    label: "Navn på passnøkkelen",
    description:
      "Velg et navn du kjenner igjen, for eksempel «Jobbtelefonen», «Jobb-PC» eller «YubiKey».",
    required: "Skriv et navn på passnøkkelen, for eksempel «Jobbtelefonen».",
    tooLong: (max: number) => `Navnet kan være høyst ${max} tegn.`,
    invalid:
      "Navnet kan ikke inneholde linjeskift, tabulator, kontrolltegn eller tegn som snur skriveretningen.",
  },
  enrol: {
    title: "Legg til passnøkkel",
    lead: "Det tar tre korte steg: gi passnøkkelen et navn, opprett den med nettleseren, og se den i listen.",
    stepOf: (n: number, total: number) => `Steg ${n} av ${total}`,
    step1: "Gi passnøkkelen et navn",
    step2: "Opprett passnøkkelen",
    next: "Neste",
    back: "Tilbake",
    chosenName: "Navn:",
    changeName: "Endre navnet",
    step2Body:
      "Når du trykker på knappen, spør nettleseren eller enheten din om fingeravtrykk, ansiktsgjenkjenning, PIN-kode eller sikkerhetsnøkkel. Passnøkkelen lagres på enheten eller i passordbehandleren din, aldri hos oss.",
    create: "Opprett passnøkkel",
    creating: "Venter på nettleseren …",
    step3Hint: "I steg 3 ser du passnøkkelen i listen.",
    cancelLink: "Avbryt og gå tilbake til passnøklene",
  },
  errors: {
    unsupported:
      "Nettleseren din støtter ikke passnøkler. Bruk en nyere versjon av Chrome, Edge, Safari eller Firefox, eller logg inn med ID-porten.",
    cancelled:
      "Opprettingen ble avbrutt, eller tiden gikk ut. Ingen passnøkkel ble lagt til. Prøv igjen når du er klar.",
    alreadyOnDevice:
      "Denne enheten eller passordbehandleren har allerede en passnøkkel for kontoen din. Velg en annen enhet, eller bruk passnøkkelen du har.",
    limit: (max: number) =>
      `Du har allerede ${max} passnøkler. Fjern en du ikke bruker før du legger til en ny.`,
    duplicate:
      "Denne passnøkkelen er allerede registrert. Velg en annen enhet eller passordbehandler.",
    challenge:
      "Forespørselen er utløpt eller allerede brukt. Trykk på «Opprett passnøkkel» for å prøve igjen.",
    verification:
      "Vi kunne ikke bekrefte passnøkkelen fra nettleseren din. Ingen passnøkkel ble lagt til. Prøv igjen.",
    notFound: "Fant ikke passnøkkelen. Den kan allerede være fjernet.",
    stepUp: "Du må bekrefte at det er deg før du kan gjøre dette. Vi sender deg til innloggingen.",
    network: "Vi fikk ikke kontakt med Medlemsportalen. Sjekk nettforbindelsen og prøv igjen.",
    unexpected: "Noe gikk galt, og ingen passnøkkel ble lagt til. Prøv igjen om litt.",
  },
  login: {
    button: "Logg inn med passnøkkel",
    busy: "Venter på passnøkkelen …",
    autofillLabel: "Passnøkkel",
    autofillDescription:
      "Klikk i feltet for å velge en passnøkkel som nettleseren har lagret for Medlemsportalen.",
    hint: "Passnøkkel kan aktiveres under «Min profil» etter første innlogging med ID-porten.",
    signingIn: "Logger inn …",
    fallbackLink: "Logg inn med ID-porten i stedet",
    errors: {
      cancelled:
        "Innloggingen med passnøkkel ble avbrutt, eller det fantes ingen passnøkkel for Medlemsportalen på denne enheten. Prøv igjen, eller logg inn med ID-porten.",
      unsupported: "Nettleseren din støtter ikke passnøkler. Logg inn med ID-porten i stedet.",
      unknown_credential:
        "Vi kjenner ikke igjen denne passnøkkelen. Den kan være fjernet fra kontoen din. Logg inn med ID-porten, og legg gjerne til en ny passnøkkel under «Min profil».",
      challenge_invalid:
        "Innloggingen tok for lang tid eller er allerede brukt. Prøv igjen, eller logg inn med ID-porten.",
      user_disabled: "Kontoen din er deaktivert. Kontakt brukerstøtte hvis du mener dette er feil.",
      counter_regressed:
        "Passnøkkelen ble avvist av sikkerhetshensyn fordi den kan være kopiert. Logg inn med ID-porten og kontakt brukerstøtte.",
      verification_failed:
        "Vi kunne ikke bekrefte passnøkkelen. Prøv igjen, eller logg inn med ID-porten.",
      user_handle_missing:
        "Passnøkkelen sa ikke hvem den tilhører, så vi kunne ikke bekrefte den. Prøv igjen, eller logg inn med ID-porten.",
      user_handle_mismatch:
        "Vi kunne ikke bekrefte passnøkkelen. Prøv igjen, eller logg inn med ID-porten.",
      unavailable:
        "Tjenesten er midlertidig utilgjengelig, og du ble ikke logget inn. Prøv igjen om litt.",
      rate_limited: `For mange innloggingsforsøk med passnøkkel fra denne adressen. Vent ${aDuration(RATE_LIMITS.passkeyLoginPerIp.windowSeconds)} og prøv igjen, eller logg inn med ID-porten.`,
      invalid_request:
        "Innloggingen kunne ikke fullføres. Prøv igjen, eller logg inn med ID-porten.",
      network: "Vi fikk ikke kontakt med Medlemsportalen. Sjekk nettforbindelsen og prøv igjen.",
    },
  },
  stepUp: {
    title: "Bekreft at det er deg",
    heading: "Bekreft at det er deg",
    body: `Det du vil gjøre krever at du har logget inn i løpet av ${stepUpWindow}. Logg inn på nytt med ID-porten eller en passnøkkel, så sender vi deg tilbake dit du var.`,
    idportenHeading: "Med ID-porten",
    passkeyHeading: "Med passnøkkel",
    cancel: "Avbryt og gå til oversikten",
  },
};

export type PasskeyLoginErrorCode = keyof typeof passkeys.login.errors;
