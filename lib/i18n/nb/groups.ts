import { RATE_LIMITS } from "@/lib/rate-limit/policies";
import { aDuration, numberWord } from "./numbers";

/** Texts for member groups: search, join requests, the group page and its administration. */
export const groups = {
  title: "Medlemsgrupper",
  heading: "Medlemsgrupper",
  lead: "Her ser du medlemsgruppene dine og forespørslene du har sendt. Finner du ikke gruppen din, kan du søke den opp og be om å bli med.",

  mine: {
    heading: "Mine medlemsgrupper",
    empty:
      "Du er ikke medlem av noen medlemsgruppe ennå. Søk opp medlemsgruppen til virksomheten din nedenfor og send en forespørsel.",
    group: "Medlemsgruppe",
    role: "Rolle",
    how: "Hvordan du ble med",
    since: "Medlem siden",
  },
  roles: {
    member: "Medlem",
    admin: "Administrator",
  },
  sources: {
    domain: "Automatisk via e-postdomene",
    request: "Godkjent forespørsel",
    admin: "Lagt til av administrator",
    seed: "Lagt til av administrator",
  },

  requests: {
    heading: "Mine forespørsler",
    empty: "Du har ikke sendt noen forespørsler.",
    group: "Medlemsgruppe",
    status: "Status",
    sent: "Sendt",
    decided: "Behandlet",
    reason: "Begrunnelse",
    actions: "Handlinger",
    withdraw: "Trekk forespørsel",
    withdrawing: "Trekker …",
  },
  statuses: {
    pending: "Venter",
    approved: "Godkjent",
    rejected: "Avslått",
    withdrawn: "Trukket",
  },

  search: {
    heading: "Finn medlemsgruppen din",
    label: "Søk etter medlemsgruppe",
    description:
      "Søk på navnet til gruppen eller virksomheten, for eksempel «helse» eller «kommune».",
    button: "Søk",
    resultsHeading: (term: string) => `Treff på «${term}»`,
    noResults: (term: string) =>
      `Vi fant ingen medlemsgrupper som passer «${term}». Prøv et annet ord eller en del av navnet.`,
    tooShort: (min: number) => `Skriv minst ${numberWord(min, true)} tegn.`,
    manyResults: (limit: number) =>
      `Viser de ${limit} beste treffene. Skriv mer av navnet for å snevre inn søket.`,
    orgNumber: "Org.nr.",
    automaticDomains: (domains: string) =>
      `Blir du med automatisk med e-post på domenet ${domains}. Har du ikke en slik adresse, kan du sende en forespørsel.`,
    byRequest: "Medlemskap etter forespørsel. Administratorene i gruppen godkjenner.",
    youAreMember: "Du er medlem",
    pending: "Forespørsel sendt – venter på svar",
  },
  notFoundHelp: {
    link: "Finner du ikke medlemsgruppen din?",
    text: "Ta kontakt med support, så hjelper vi deg.",
  },

  requestForm: {
    messageLabel: "Melding til administratorene (valgfritt)",
    messageDescription:
      "Fortell gjerne hvem du er og hvorfor du trenger tilgang, for eksempel stilling og avdeling.",
    counterUnder: (n: number) => `${n} tegn igjen`,
    counterOver: (n: number) => `${n} tegn for mye`,
    submit: "Send forespørsel",
    submitting: "Sender …",
    attachMessage: "Legg ved en melding (valgfritt)",
  },

  group: {
    organisation: "Virksomhet",
    orgNumber: "Organisasjonsnummer",
    services: "Tjenester",
    noServices: "Gruppen har ingen tjenester ennå.",
    notices: "Varsler og driftsmeldinger",
    noNotices: "Ingen varsler for gruppen.",
    members: "Medlemmer",
    you: "(deg)",
    closed:
      "Denne gruppen tar ikke imot forespørsler. Kontakt support hvis du mener du skal være medlem.",
    backToList: "Tilbake til medlemsgrupper",
    tabsLabel: "Administrasjon av gruppen",
    tabs: {
      overview: "Oversikt",
      requests: "Forespørsler",
      members: "Medlemmer",
    },
  },

  admin: {
    requestsHeading: "Ventende forespørsler",
    noRequests: "Ingen forespørsler venter på behandling.",
    pagesLabel: "Sider med forespørsler",
    showing: (from: number, to: number, total: number) =>
      `Viser ${from}–${to} av ${total} forespørsler, nyeste først.`,
    previousPage: "Forrige side",
    nextPage: "Neste side",
    membersPagesLabel: "Sider med medlemmer",
    membersShowing: (from: number, to: number, total: number) =>
      `Viser ${from}–${to} av ${total} medlemmer, administratorene først, deretter de nyeste.`,
    requestFrom: (name: string) => `Forespørsel fra ${name}`,
    confirmedEmails: "Bekreftede e-postadresser",
    noConfirmedEmails: "Ingen bekreftede e-postadresser",
    message: "Melding",
    noMessage: "Ingen melding.",
    received: "Mottatt",
    approve: "Godkjenn",
    approving: "Godkjenner …",
    reject: "Avslå",
    rejecting: "Avslår …",
    reasonLabel: "Begrunnelse (valgfritt, vises til den som spurte)",
    membersHeading: "Medlemmer og administratorer",
    name: "Navn",
    role: "Rolle",
    actions: "Handlinger",
    makeAdmin: "Gjør til administrator",
    revokeAdmin: "Fjern som administrator",
    remove: "Fjern fra gruppen",
    removeConfirm: (name: string) =>
      `${name} mister tilgangen til gruppens tjenester med én gang. Vil du fjerne medlemmet?`,
    removeConfirmButton: "Ja, fjern medlemmet",
    working: "Lagrer …",
    lastAdminNote: "Gruppen må ha minst én administrator.",
  },

  unnamed: "Uten navn",

  /** After a change the page reloads with ?ok=<code>; names stay out of the address. */
  done: {
    sendt:
      "Forespørselen er sendt. Administratorene i gruppen får beskjed, og du får et varsel når den er behandlet.",
    trukket: "Forespørselen er trukket.",
    godkjent: "Forespørselen er godkjent, og personen er nå medlem av gruppen.",
    avslatt: "Forespørselen er avslått. Personen får beskjed i portalen.",
    fjernet: "Medlemmet er fjernet fra gruppen.",
    admin: "Medlemmet er nå administrator.",
    "ikke-admin": "Medlemmet er ikke lenger administrator.",
  },

  errors: {
    notFound: "Fant ikke medlemsgruppen.",
    closed: "Denne medlemsgruppen tar ikke imot forespørsler.",
    alreadyMember: "Du er allerede medlem av denne medlemsgruppen.",
    duplicatePending:
      "Du har allerede en forespørsel som venter på svar i denne gruppen. Du finner den under «Mine forespørsler».",
    tooManyRequests: `Du har sendt mange forespørsler på kort tid. Vent ${aDuration(RATE_LIMITS.joinRequestsPerUser.windowSeconds)} og prøv igjen, eller kontakt support.`,
    messageTooLong: "Meldingen kan være på høyst 1000 tegn.",
    reasonTooLong: "Begrunnelsen kan være på høyst 1000 tegn.",
    messageUnsafe:
      "Meldingen kan ikke inneholde linjeskift, tabulator, kontrolltegn eller tegn som snur skriveretningen. Skriv den som ett avsnitt.",
    requestNotFound: "Fant ikke forespørselen.",
    notPending: "Forespørselen er allerede behandlet eller trukket.",
    alreadyDecided:
      "Forespørselen er allerede behandlet, kanskje av en annen administrator. Oppdater siden for å se status.",
    notAdmin: "Du er ikke administrator for denne medlemsgruppen.",
    memberNotFound: "Personen er ikke medlem av gruppen.",
    lastAdmin: "Gruppen må ha minst én administrator. Gjør en annen til administrator først.",
    alreadyAdmin: "Personen er allerede administrator.",
    notAdminTarget: "Personen er ikke administrator.",
  },
} as const;
