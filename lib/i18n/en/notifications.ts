import type { notifications as nb } from "../nb/notifications";
import type { Widen } from "../types";
import { DIGEST_POLICY } from "@/lib/groups/digest-policy";
import { RATE_LIMITS } from "@/lib/rate-limit/policies";
import { numberWord, perDuration } from "./numbers";

type Params = Record<string, string | undefined>;

const adminEmails = RATE_LIMITS.joinRequestEmailPerAdminGroup;
const digestHour = String(DIGEST_POLICY.hour).padStart(2, "0");
const adminEmailCount =
  adminEmails.limit === 1 ? "én slik e-post" : `${numberWord(adminEmails.limit)} slike e-poster`;

/** "én forespørsel", "fem forespørsler", "12 forespørsler". */
function requests(n: number): string {
  return `${numberWord(n)} ${n === 1 ? "forespørsel" : "forespørsler"}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Texts for notifications in the portal and the email to group admins. */
export const notifications: Widen<typeof nb> = {
  title: "Varsler",
  heading: "Varsler",
  lead: "Her ser du hva som har skjedd med forespørslene og medlemskapene dine.",
  bell: "Varsler",
  bellLabel: (unread: number) =>
    unread === 0
      ? "Varsler, ingen uleste"
      : `Varsler, ${unread} ${unread === 1 ? "ulest" : "uleste"}`,
  empty: "Du har ingen varsler.",
  unread: "Ny",
  unreadCount: (n: number) => (n === 1 ? "1 ulest varsel" : `${n} uleste varsler`),
  markAllRead: "Merk alle som lest",
  markingAllRead: "Merker …",
  allRead: "Alle varsler er merket som lest.",
  open: "Åpne",

  /** One text per kind, rendered from the params stored with the notification. */
  kinds: {
    "join_request.received": (p: Params) =>
      `${p.requesterName ?? "En person"} ber om å bli medlem av ${p.groupName}.`,
    "join_request.approved": (p: Params) =>
      `Forespørselen din om medlemskap i ${p.groupName} er godkjent. Du er nå medlem.`,
    "join_request.rejected": (p: Params) =>
      p.reason
        ? `Forespørselen din om medlemskap i ${p.groupName} er avslått. Begrunnelse: ${p.reason}`
        : `Forespørselen din om medlemskap i ${p.groupName} er avslått.`,
    "membership.added": (p: Params) => `Du er lagt til som medlem av ${p.groupName}.`,
    "membership.removed": (p: Params) => `Du er fjernet fra medlemsgruppen ${p.groupName}.`,
    "membership.lapsed": (p: Params) =>
      `Medlemskapet ditt i ${p.groupName} er avsluttet fordi e-postadressen ikke ble bekreftet på nytt. Bekreft adressen, så blir du medlem igjen.`,
    "admin.granted": (p: Params) => `Du er nå administrator for ${p.groupName}.`,
    "review.opened": (p: Params) =>
      `Det er tid for å gjennomgå medlemmene i ${p.groupName}: behold eller fjern hver enkelt.`,
    "review.reminder": (p: Params) =>
      `Påminnelse: gjennomgangen av medlemmene i ${p.groupName} er ikke fullført.`,
    "admin.revoked": (p: Params) => `Du er ikke lenger administrator for ${p.groupName}.`,
  },
  unknownKind: "Du har et nytt varsel.",

  digest: {
    subject: (total: number) => capitalise(`${requests(total)} om medlemskap venter på svar`),
    heading: "Forespørsler som venter på svar",
    intro: (total: number) =>
      capitalise(`${requests(total)} om medlemskap i gruppene du administrerer venter på svar.`),
    groupLine: (pending: number, oldest: string) =>
      capitalise(`${requests(pending)}, den eldste fra ${oldest}.`),
    action: (group: string) => `Se forespørslene i ${group}`,
    why: `Du får denne oppsummeringen kl. ${digestHour} hver morgen når forespørsler venter på svar. Du kan slå den av under Min profil i Medlemsportalen.`,
  },

  preferences: {
    heading: "E-post om forespørsler",
    digestLabel: `Send meg en oppsummering kl. ${digestHour} hver morgen når forespørsler om medlemskap venter på svar`,
    digestDescription:
      "Du får fortsatt en e-post med en gang når noen ber om å bli medlem av en gruppe du administrerer.",
    save: "Lagre",
    saving: "Lagrer …",
    savedOn: "Du får oppsummeringen hver morgen når forespørsler venter.",
    savedOff: "Du får ikke lenger oppsummeringen om morgenen.",
  },

  email: {
    joinRequestSubject: (group: string) => `Ny forespørsel om medlemskap i ${group}`,
    joinRequestPreview: (name: string, group: string) => `${name} ber om å bli medlem av ${group}.`,
    joinRequestHeading: "Ny forespørsel om medlemskap",
    joinRequestBody: (name: string, group: string) =>
      `${name} har bedt om å bli medlem av ${group} i Medlemsportalen.`,
    joinRequestAction: "Se forespørselen i Medlemsportalen",
    joinRequestThrottle: `Du får høyst ${adminEmailCount} per gruppe ${perDuration(adminEmails.windowSeconds)}. Flere forespørsler ser du under Varsler i portalen, og venter noen fortsatt, får du en oppsummering kl. ${digestHour} neste morgen.`,
    footer: "Denne e-posten er sendt fra Medlemsportalen hos Helse- og KommuneCERT (demo).",
  },
};
