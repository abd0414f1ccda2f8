import type { publicPages as nb } from "../nb/public";
import type { Widen } from "../types";
import { CODE_POLICY } from "@/lib/registration/policy";
import { SESSION_POLICY } from "@/lib/sessions/policy";
import { duration, numberWord } from "./numbers";

const codeLifetime = duration(CODE_POLICY.lifetimeSeconds);

/** Texts for the public pages: the front page, help, and login. */
export const publicPages: Widen<typeof nb> = {
  home: {
    title: "Forside",
    heading: "Velkommen til Medlemsportalen",
    lead: "Medlemsportalen er inngangen til tjenestene fra Helse- og KommuneCERT (demo). Her finner du varsler, sårbarheter og trusselvurderinger for virksomheten din, og du kan melde en hendelse.",
    audience:
      "Portalen er for ansatte i helse- og kommunesektoren, i sykehus, helseforetak og kommuner som er medlemmer hos oss.",
    servicesHeading: "Tjenester",
    servicesLoggedOut: "Du må logge inn for å bruke tjenestene.",
    services: {
      sensorAlerts: {
        title: "Varsler fra sensorene",
        description: "Varsler fra nettverkssensorene om mistenkelig trafikk hos virksomheten din.",
      },
      vulnerabilities: {
        title: "Sårbarhetsoversikt",
        description:
          "Sårbarheter vi har funnet i systemer som virksomheten din har ut mot internett.",
      },
      threatAssessments: {
        title: "Trusselvurderinger",
        description: "Trusselvurderinger og sikkerhetsråd for helse- og kommunesektoren.",
      },
      reportIncident: {
        title: "Meld en hendelse",
        description: "Meld fra om en sikkerhetshendelse, så hjelper vi dere med håndteringen.",
      },
      securityForum: {
        title: "Forum for informasjonssikkerhet",
        description: "Møteplass for erfaringsdeling om informasjonssikkerhet i helsesektoren.",
      },
    },
    gettingStartedHeading: "Slik kommer du i gang",
    gettingStarted: [
      {
        title: "Logg inn med ID-porten",
        text: "Første gang logger du inn med ID-porten. Det sikrer at riktig person får tilgang.",
      },
      {
        title: "Registrer profilen din",
        text: "Skriv fullt navn og jobb-e-posten din, slik at vi kan knytte deg til riktig virksomhet.",
      },
      {
        title: "Bekreft e-postadressen",
        text: `Skriv inn engangskoden vi sender til e-posten din. Koden er gyldig i ${codeLifetime}.`,
      },
      {
        title: "Kom i gang med medlemskapet",
        text: "Er jobb-e-posten din knyttet til en virksomhet hos oss, blir du med i medlemsgruppen med én gang. Hvis ikke kan du søke opp medlemsgruppen og be om tilgang.",
      },
      {
        title: "Aktiver passnøkkel",
        text: "Senere kan du aktivere passnøkkel under «Min profil» for raskere innlogging.",
      },
    ],
    browserTip:
      "Bruk en moderne nettleser som Chrome, Edge eller Safari. Portalen fungerer på både mobil og PC, men større skjermer gir best oversikt.",
    helpPrefix: "Trenger du hjelp?",
    helpLink: "Se hjelpesidene",
  },
  help: {
    title: "Hjelp",
    heading: "Hjelp",
    lead: "Support-teamet hjelper både med innlogging og medlemskap.",
    intro:
      "Opplever du problemer med innloggingen, sitter fast i registreringen eller finner ikke virksomheten din? Da kan vi hjelpe.",
    criticalHeading: "Kritiske hendelser",
    critical:
      "Ved kritiske hendelser anbefaler vi å ringe slik at vi kan mobilisere raskt og koordinere videre arbeid.",
    faqHeading: "Vanlige problemer",
    faq: {
      emailMissing: {
        question: "Jeg finner ikke e-posten med koden",
        answer: [
          "Noen ganger havner e-poster fra nye avsendere i spam eller karantene. Sjekk der først. E-posten har emnet «Bekreft din e-postadresse».",
          "Vent et par minutter, og be om en ny kode fra samme skjerm hvis du fortsatt mangler den.",
        ],
      },
      privateEmail: {
        question: "Jeg brukte privat e-post i stedet for jobb-e-post",
        answer: [
          "Vi knytter deg til virksomheten ut fra jobb-e-posten din. En privat adresse, for eksempel fra Gmail eller Hotmail, gir ikke medlemskap.",
          "Registrer jobb-e-posten din i stedet. Du kan også legge den til senere under «Min profil».",
        ],
      },
      codeExpired: {
        question: "Koden er utløpt eller virker ikke",
        answer: [
          `Koden er gyldig i ${codeLifetime} og kan bare brukes én gang. Etter ${numberWord(CODE_POLICY.maxFailedAttempts, true)} feil forsøk slutter koden å virke.`,
          "Be om en ny kode med «Send kode på nytt» på samme skjerm, og skriv den inn med én gang.",
        ],
      },
      memberGroup: {
        question: "Jeg finner ikke medlemsgruppen min",
        answer: [
          "Under «Medlemsgrupper» kan du søke opp medlemsgruppen og sende en forespørsel. Der ser du også status for forespørslene dine.",
          "Finner du ikke medlemsgruppen din? Ta kontakt med support, så hjelper vi deg.",
        ],
      },
      passkey: {
        question: "Spørsmål om passnøkkel",
        answer: [
          "Passnøkkel krever enheter som støtter FIDO2/WebAuthn. Ta kontakt med sikkerhetsansvarlig hvis du er usikker på om virksomheten har det på plass.",
          "Du aktiverer passnøkkel under «Min profil» etter første innlogging. Du kan bruke fysiske sikkerhetsnøkler, enheten din eller en passordbehandler.",
          "Har du mistet enheten eller virker ikke passnøkkelen? ID-porten er alltid tilgjengelig som backup. Logg inn med ID-porten og fjern den gamle passnøkkelen under «Min profil».",
        ],
      },
      idleLogout: {
        question: "Jeg ble logget ut",
        answer: [
          `Av sikkerhetshensyn logges du automatisk ut etter ${duration(SESSION_POLICY.idleSeconds)} uten aktivitet. Du får et varsel ${duration(SESSION_POLICY.warnBeforeIdleSeconds)} før.`,
          "Logg inn igjen for å fortsette.",
        ],
      },
    },
    resourcesHeading: "Flere ressurser",
    nhnPrefix: "Les mer om Nasjonalt beskyttelsesprogram på",
    nhnLink: "nhn.no",
    nhnHref: "https://www.nhn.no",
    notices: "Hold øye med varsler i portalen for driftsmeldinger.",
  },
  login: {
    title: "Logg inn",
    heading: "Logg inn",
    lead: "ID-porten første gang – passnøkkel kan aktiveres senere.",
    firstTime:
      "Første gang du logger inn ber vi deg bruke ID-porten. Det sikrer at riktig person får tilgang, og lar deg aktivere passnøkkel etterpå for enklere innlogging.",
    idportenHeading: "Med ID-porten",
    backup: "Ved tekniske problemer er ID-porten alltid tilgjengelig som backup.",
    passkeyHeading: "Med passnøkkel",
    passkeyIntro: "Har du allerede satt opp passnøkkel, kan den brukes som alternativ.",
    passkeyButton: "Logg inn med passnøkkel",
    passkeyRequirements:
      "Passnøkkel krever enheter som støtter FIDO2/WebAuthn. Ta kontakt med sikkerhetsansvarlig hvis du er usikker på om virksomheten har det på plass.",
    helpPrefix: "Problemer med innloggingen?",
    helpLink: "Få hjelp",
  },
};
