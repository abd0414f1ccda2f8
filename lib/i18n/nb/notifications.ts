type Params = Record<string, string | undefined>;

/** Texts for notifications in the portal and the email to group admins. */
export const notifications = {
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
    "admin.granted": (p: Params) => `Du er nå administrator for ${p.groupName}.`,
    "admin.revoked": (p: Params) => `Du er ikke lenger administrator for ${p.groupName}.`,
  },
  unknownKind: "Du har et nytt varsel.",

  email: {
    joinRequestSubject: (group: string) => `Ny forespørsel om medlemskap i ${group}`,
    joinRequestPreview: (name: string, group: string) => `${name} ber om å bli medlem av ${group}.`,
    joinRequestHeading: "Ny forespørsel om medlemskap",
    joinRequestBody: (name: string, group: string) =>
      `${name} har bedt om å bli medlem av ${group} i Medlemsportalen.`,
    joinRequestAction: "Se forespørselen i Medlemsportalen",
    joinRequestThrottle:
      "Du får høyst én slik e-post per gruppe i timen. Flere forespørsler ser du under Varsler i portalen.",
    footer: "Denne e-posten er sendt fra Medlemsportalen hos Helse- og KommuneCERT (demo).",
  },
} as const;
