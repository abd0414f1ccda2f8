import type { auth as nb } from "../nb/auth";
import type { Widen } from "../types";
import { SESSION_POLICY } from "@/lib/sessions/policy";
import { RATE_LIMITS } from "@/lib/rate-limit/policies";
import { aDuration, duration } from "./numbers";

export const auth: Widen<typeof nb> = {
  continueWithIdporten: "Fortsett med ID-porten",
  logout: "Logg ut",
  loginErrorTitle: "Innloggingen ble ikke fullført",
  loginErrors: {
    sikkerhetsniva:
      "Innloggingen ble avvist fordi sikkerhetsnivået var for lavt. Medlemsportalen krever minst betydelig sikkerhetsnivå i ID-porten (for eksempel MinID med app, BankID eller Buypass).",
    deaktivert: "Kontoen din er deaktivert. Kontakt brukerstøtte hvis du mener dette er feil.",
    ugyldig: "Vi kunne ikke bekrefte svaret fra ID-porten. Ingen innlogging ble gjort. Prøv igjen.",
    avbrutt: "Innloggingen ble avbrutt. Du er ikke logget inn.",
    "for-mange": `Det er gjort mange innlogginger med dette fødselsnummeret på kort tid. Vent ${aDuration(RATE_LIMITS.idportenLoginPerPerson.windowSeconds)} og prøv igjen, eller kontakt brukerstøtte.`,
    generic:
      "Innloggingen kunne ikke fullføres. Det kan skyldes at innloggingen tok for lang tid, at lenken ble brukt to ganger, eller at den ble endret underveis. Ingen innlogging ble gjort.",
  },
  tryAgain: "Prøv igjen",
  getHelp: "Få hjelp med innlogging",
  sessionExpired: `Du ble logget ut etter ${duration(SESSION_POLICY.idleSeconds)} uten aktivitet. Logg inn på nytt for å fortsette.`,
  idleWarningTitle: "Du blir snart logget ut",
  idleWarningBody: (seconds: number) =>
    `Du har ikke vært aktiv på en stund. Av sikkerhetshensyn blir du logget ut om ${seconds} sekunder.`,
  stayLoggedIn: "Forbli innlogget",
};
