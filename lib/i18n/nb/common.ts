import { duration } from "./numbers";

/** 45 → "45 sekunder", 61 → "to minutter" (always rounded up, so waiting that long is enough). */
function waitText(seconds: number): string {
  if (seconds < 60) return duration(Math.max(1, Math.ceil(seconds)));
  if (seconds < 3600) return duration(Math.ceil(seconds / 60) * 60);
  return duration(Math.ceil(seconds / 3600) * 3600);
}

export const common = {
  portalName: "Medlemsportalen",
  certName: "Helse- og KommuneCERT (demo)",
  titleTemplate: "%s – Medlemsportalen",
  portalDescription:
    "Medlemsportalen gir ansatte i helse- og kommunesektoren tilgang til tjenester fra Helse- og KommuneCERT.",
  skipToContent: "Hopp til hovedinnhold",
  scrollAreaLabel: (what: string) => `Tabell: ${what}`,
  login: "Logg inn",
  menu: "Meny",
  mainNavLabel: "Hovedmeny",
  loggedInAs: "Logget inn som",
  unnamedUser: "Innlogget bruker",
  nav: {
    overview: "Oversikt",
    memberGroups: "Medlemsgrupper",
    profile: "Min profil",
  },
  support: {
    heading: "Kontakt Helse- og KommuneCERT",
    emailLabel: "E-post:",
    email: "post@helsecert.no",
    phoneLabel: "Telefon:",
    phone: "24 20 00 00",
    phoneHref: "+4724200000",
    phoneNote: "(døgnbemannet ved hendelser)",
    helpLink: "Hjelp og vanlige spørsmål",
  },
  /** A browser by family and system: "Chrome på Windows". */
  browserOnSystem: (browser: string, system: string) => `${browser} på ${system}`,
  language: {
    // The switch offers the other language, named in that language.
    switchTo: "English",
  },
  footer: {
    demoNotice: "Dette er en demonstrasjonsløsning.",
  },
  notFound: {
    title: "Fant ikke siden",
    heading: "Vi fant ikke siden",
    body: "Siden du leter etter finnes ikke, eller den er flyttet. Sjekk at adressen er riktig.",
    home: "Gå til forsiden",
    help: "Få hjelp",
  },
  error: {
    heading: "Noe gikk galt",
    body: "Vi klarte ikke å vise siden akkurat nå. Prøv igjen om litt.",
    retry: "Prøv igjen",
    helpPrefix: "Fortsetter problemet?",
    help: "Se hjelpesidene eller kontakt oss",
  },
  unavailable: {
    title: "Midlertidig utilgjengelig",
    heading: "Tjenesten er midlertidig utilgjengelig",
    body: "Vi får ikke kontakt med databasen akkurat nå. Ingenting er lagret halvveis. Prøv igjen om litt.",
    retry: "Prøv igjen",
  },
  errors: {
    unknownLanguage: "Ukjent språk.",
    /** A form posted from another site (its Origin is not the portal's). */
    requestRefused: "Forespørselen ble avvist.",
    unavailable:
      "Tjenesten er midlertidig utilgjengelig, og ingenting ble lagret. Prøv igjen om litt.",
    checkFields: "Skjemaet har feil. Rett opp feltene som er merket og prøv igjen.",
    unexpected:
      "Noe gikk galt hos oss, og ingenting ble endret. Prøv igjen om litt, eller kontakt brukerstøtte.",
    forbidden: "Du har ikke tilgang til å gjøre dette.",
    rateLimitedTitle: "For mange forsøk",
    rateLimited: (seconds: number) =>
      `For mange forsøk på kort tid. Vent ${waitText(seconds)} og prøv igjen.`,
    unsafeText:
      "Teksten kan ikke inneholde linjeskift, tabulator, kontrolltegn eller tegn som snur skriveretningen.",
    errorSummaryHeading: "For å gå videre må du rette opp i følgende:",
  },
  dateTime: {
    locale: "nb-NO",
    timeZone: "Europe/Oslo",
  },
  dashboard: {
    title: "Oversikt",
    welcome: (name: string) => `Velkommen, ${name}`,
    servicesHeading: "Tjenestene dine",
    noGroups:
      "Du er ikke medlem av noen medlemsgruppe ennå. Tjenestene blir tilgjengelige når du er med i en medlemsgruppe.",
    findGroup: "Finn medlemsgruppen din",
    groupsHeading: "Medlemsgruppene dine",
    noticesHeading: "Driftsmeldinger og varsler",
    noNotices: "Ingen meldinger akkurat nå.",
    open: "Åpne",
    locked: "Låst",
    lockedPhishing:
      "Krever innlogging med passnøkkel eller ID-porten på høyt sikkerhetsnivå, fordi tjenesten viser sensitive opplysninger om virksomheten.",
    stepUpWithPasskey: "Logg inn med passnøkkel",
    closedHours: "Tjenesten er stengt nå.",
    opensAt: (day: string, time: string) => `Åpner ${day} kl. ${time}`,
    weekdays: ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"],
    alwaysOpen: "Alltid åpen",
    passkeyTitle: "Legg til passnøkkel",
    passkeyBody:
      "Med en passnøkkel logger du raskere inn, og du får tilgang til tjenester som krever innlogging som ikke kan fiskes.",
    passkeyAction: "Legg til passnøkkel",
    loggedInWith: (method: string) => `Du er logget inn med ${method}.`,
    methodIdporten: (level: string) => `ID-porten (${level} sikkerhetsnivå)`,
    methodPasskey: "passnøkkel",
    levelHigh: "høyt",
    levelSubstantial: "betydelig",
  },
  servicePage: {
    title: "Tjeneste",
    placeholder:
      "Dette er en plassholder for tjenesten i demoversjonen av medlemsportalen. Her ville tjenesten åpnet seg.",
    back: "Tilbake til oversikten",
    open: (name: string) => `Gå til ${name}`,
    locked: "Du har ikke tilgang til tjenesten med innloggingen du har nå.",
  },
} as const;
