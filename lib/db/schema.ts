import { sql } from "drizzle-orm";
import {
  bigint,
  bigserial,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import type { WeeklyHours } from "../services/opening-hours";

const createdAt = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();
const ts = (name: string) => timestamp(name, { withTimezone: true });

export const userRole = pgEnum("user_role", ["member", "support"]);
// "suggested" (Forslag): a matching confirmed email is offered the group, an admin approves.
export const joinPolicy = pgEnum("join_policy", ["automatic", "suggested", "request", "closed"]);
export const membershipRole = pgEnum("membership_role", ["member", "admin"]);
export const membershipSource = pgEnum("membership_source", ["domain", "request", "admin", "seed"]);
export const authMethod = pgEnum("auth_method", ["idporten", "passkey"]);
export const outboxStatus = pgEnum("outbox_status", ["pending", "sending", "sent", "failed"]);
export const joinRequestStatus = pgEnum("join_request_status", [
  "pending",
  "approved",
  "rejected",
  "withdrawn",
]);
export const challengePurpose = pgEnum("challenge_purpose", ["registration", "authentication"]);

export const organisations = pgTable(
  "organisations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    name: text("name").notNull(),
    orgNumber: text("org_number").notNull().unique(),
    createdAt: createdAt(),
  },
  (t) => [check("org_number_format", sql`${t.orgNumber} ~ '^[0-9]{9}$'`)],
);

export const memberGroups = pgTable("member_groups", {
  id: uuid("id").primaryKey().defaultRandom(),
  organisationId: uuid("organisation_id").references(() => organisations.id, {
    onDelete: "restrict",
  }),
  slug: text("slug").notNull().unique(),
  name: text("name").notNull(),
  description: text("description").notNull().default(""),
  joinPolicy: joinPolicy("join_policy").notNull(),
  // Lower-cased "group name + organisation name", kept by the app; served by a trigram index.
  searchText: text("search_text").notNull().default(""),
  createdAt: createdAt(),
});

export const groupDomains = pgTable(
  "group_domains",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    groupId: uuid("group_id")
      .notNull()
      .references(() => memberGroups.id, { onDelete: "cascade" }),
    // Lower-case; a domain belongs to one group.
    domain: text("domain").notNull().unique(),
    includeSubdomains: boolean("include_subdomains").notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [check("domain_lower", sql`${t.domain} = lower(${t.domain})`)],
);

export const users = pgTable("users", {
  id: uuid("id").primaryKey().defaultRandom(),
  // HMAC-SHA-256 of the national identity number; the number itself is never stored.
  pidHash: text("pid_hash").notNull().unique(),
  name: text("name"),
  role: userRole("role").notNull().default("member"),
  registeredAt: ts("registered_at"),
  disabledAt: ts("disabled_at"),
  lastLoginAt: ts("last_login_at"),
  // The language the person chose with the language switch: their emails go out in it.
  locale: text("locale", { enum: ["nb", "en"] })
    .notNull()
    .default("nb"),
  createdAt: createdAt(),
});

export const userEmails = pgTable(
  "user_emails",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    address: text("address").notNull(),
    confirmedAt: ts("confirmed_at"),
    // Set when re-confirmation was asked for early (a bounce, support); otherwise it is due a
    // year after confirmedAt (lib/emails/reconfirmation.ts). Cleared by a new confirmation.
    reconfirmDueAt: ts("reconfirm_due_at"),
    isPrimary: boolean("is_primary").notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("user_emails_user_address").on(t.userId, t.address),
    // An address is confirmed by at most one user.
    uniqueIndex("user_emails_confirmed_address")
      .on(t.address)
      .where(sql`${t.confirmedAt} is not null`),
    uniqueIndex("user_emails_one_primary")
      .on(t.userId)
      .where(sql`${t.isPrimary}`),
    check("address_lower", sql`${t.address} = lower(${t.address})`),
  ],
);

export const emailCodes = pgTable(
  "email_codes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    emailId: uuid("email_id")
      .notNull()
      .references(() => userEmails.id, { onDelete: "cascade" }),
    codeHash: text("code_hash").notNull(),
    expiresAt: ts("expires_at").notNull(),
    failedAttempts: integer("failed_attempts").notNull().default(0),
    usedAt: ts("used_at"),
    revokedAt: ts("revoked_at"),
    createdAt: createdAt(),
  },
  (t) => [index("email_codes_email").on(t.emailId)],
);

export const memberships = pgTable(
  "memberships",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    groupId: uuid("group_id")
      .notNull()
      .references(() => memberGroups.id, { onDelete: "cascade" }),
    role: membershipRole("role").notNull().default("member"),
    source: membershipSource("source").notNull(),
    // The confirmed email that gave an automatic membership; removing it ends the membership.
    sourceEmailId: uuid("source_email_id").references(() => userEmails.id, {
      onDelete: "set null",
    }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("memberships_user_group").on(t.userId, t.groupId),
    index("memberships_group").on(t.groupId),
  ],
);

export const sessions = pgTable(
  "sessions",
  {
    // SHA-256 of the session token; the token itself lives only in the encrypted cookie.
    id: text("id").primaryKey(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    method: authMethod("method").notNull(),
    acr: text("acr"),
    authenticatedAt: ts("authenticated_at").notNull(),
    lastSeenAt: ts("last_seen_at").notNull(),
    expiresAt: ts("expires_at").notNull(),
    idportenIssuer: text("idporten_issuer"),
    idportenSid: text("idporten_sid"),
    // Kept only for id_token_hint at logout; deleted with the row.
    idToken: text("id_token"),
    ip: text("ip"),
    userAgent: text("user_agent"),
    createdAt: createdAt(),
  },
  (t) => [index("sessions_user").on(t.userId), index("sessions_idporten_sid").on(t.idportenSid)],
);

export const auditEvents = pgTable(
  "audit_events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    at: ts("at").notNull().defaultNow(),
    actorUserId: uuid("actor_user_id").references(() => users.id, { onDelete: "set null" }),
    action: text("action").notNull(),
    targetType: text("target_type"),
    targetId: text("target_id"),
    ip: text("ip"),
    details: jsonb("details").$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [index("audit_events_at").on(t.at), index("audit_events_actor").on(t.actorUserId)],
);

export const emailOutbox = pgTable(
  "email_outbox",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    idempotencyKey: text("idempotency_key").notNull().unique(),
    toAddress: text("to_address").notNull(),
    subject: text("subject").notNull(),
    html: text("html").notNull(),
    text: text("text").notNull(),
    status: outboxStatus("status").notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    // Due time while pending; the lease's end while sending.
    nextAttemptAt: ts("next_attempt_at").notNull().defaultNow(),
    /** Set by the worker that claimed the row; its result counts only while it still holds it. */
    leaseToken: uuid("lease_token"),
    lastError: text("last_error"),
    providerId: text("provider_id"),
    sentAt: ts("sent_at"),
    createdAt: createdAt(),
  },
  (t) => [index("email_outbox_due").on(t.status, t.nextAttemptAt)],
);

export const rateLimitCounters = pgTable(
  "rate_limit_counters",
  {
    key: text("key").notNull(),
    windowStart: ts("window_start").notNull(),
    count: integer("count").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.key, t.windowStart] })],
);

export const joinRequests = pgTable(
  "join_requests",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    groupId: uuid("group_id")
      .notNull()
      .references(() => memberGroups.id, { onDelete: "cascade" }),
    message: text("message"),
    status: joinRequestStatus("status").notNull().default("pending"),
    decidedBy: uuid("decided_by").references(() => users.id, { onDelete: "set null" }),
    decidedAt: ts("decided_at"),
    decisionReason: text("decision_reason"),
    createdAt: createdAt(),
  },
  (t) => [
    // One open request per user and group.
    uniqueIndex("join_requests_one_pending")
      .on(t.userId, t.groupId)
      .where(sql`${t.status} = 'pending'`),
    index("join_requests_group_status").on(t.groupId, t.status),
    index("join_requests_user").on(t.userId),
    check("message_length", sql`char_length(${t.message}) <= 1000`),
  ],
);

export const notifications = pgTable(
  "notifications",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    // Rendered from the message catalogue with params; no free text from other users here.
    kind: text("kind").notNull(),
    params: jsonb("params").$type<Record<string, string>>().notNull().default({}),
    href: text("href"),
    readAt: ts("read_at"),
    createdAt: createdAt(),
  },
  (t) => [index("notifications_user_unread").on(t.userId, t.readAt)],
);

export const services = pgTable("services", {
  id: uuid("id").primaryKey().defaultRandom(),
  slug: text("slug").notNull().unique(),
  name: text("name").notNull(),
  description: text("description").notNull().default(""),
  // Needs a passkey or ID-porten high login.
  requiresPhishingResistant: boolean("requires_phishing_resistant").notNull().default(false),
  alwaysOpen: boolean("always_open").notNull().default(false),
  // Weekly ranges in Europe/Oslo wall-clock time; null means no fixed hours (open).
  openingHours: jsonb("opening_hours").$type<WeeklyHours>(),
  // Where the service lives (https); null for the portal's own placeholder pages.
  url: text("url"),
  offeredToAll: boolean("offered_to_all").notNull().default(false),
  sortOrder: integer("sort_order").notNull().default(0),
  createdAt: createdAt(),
});

export const serviceGroups = pgTable(
  "service_groups",
  {
    serviceId: uuid("service_id")
      .notNull()
      .references(() => services.id, { onDelete: "cascade" }),
    groupId: uuid("group_id")
      .notNull()
      .references(() => memberGroups.id, { onDelete: "cascade" }),
  },
  // The primary key serves "groups of a service"; the dashboard asks "services of these groups".
  (t) => [
    primaryKey({ columns: [t.serviceId, t.groupId] }),
    index("service_groups_group").on(t.groupId),
  ],
);

export const notices = pgTable(
  "notices",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    // Null: an operational notice for everyone.
    groupId: uuid("group_id").references(() => memberGroups.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    body: text("body").notNull(),
    severity: text("severity").notNull().default("info"),
    publishedAt: ts("published_at").notNull().defaultNow(),
    // Scheduled: shown from visible_from until visible_until (null: until ended).
    visibleFrom: ts("visible_from").notNull().defaultNow(),
    visibleUntil: ts("visible_until"),
    authorId: uuid("author_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [
    index("notices_group_published").on(t.groupId, t.publishedAt),
    check("notices_severity", sql`${t.severity} in ('info', 'warning', 'critical')`),
    check(
      "notices_window",
      sql`${t.visibleUntil} is null or ${t.visibleUntil} >= ${t.visibleFrom}`,
    ),
  ],
);

export const passkeys = pgTable(
  "passkeys",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    // base64url credential id; a credential belongs to one user only.
    credentialId: text("credential_id").notNull().unique(),
    // base64url COSE public key.
    publicKey: text("public_key").notNull(),
    counter: bigint("counter", { mode: "number" }).notNull().default(0),
    transports: jsonb("transports").$type<string[]>().notNull().default([]),
    aaguid: text("aaguid"),
    deviceType: text("device_type").notNull(),
    backedUp: boolean("backed_up").notNull(),
    name: text("name").notNull(),
    lastUsedAt: ts("last_used_at"),
    createdAt: createdAt(),
  },
  (t) => [
    index("passkeys_user").on(t.userId),
    check("passkey_name_length", sql`char_length(${t.name}) between 1 and 60`),
  ],
);

export const webauthnChallenges = pgTable(
  "webauthn_challenges",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    // Null for login challenges, where the user is not known yet.
    userId: uuid("user_id").references(() => users.id, { onDelete: "cascade" }),
    purpose: challengePurpose("purpose").notNull(),
    challenge: text("challenge").notNull().unique(),
    expiresAt: ts("expires_at").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("webauthn_challenges_expires").on(t.expiresAt)],
);

/** Changes to a person's own security, shown under Min profil and mailed to them (90 days). */
export const securityEvents = pgTable(
  "security_events",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(),
    at: ts("at").notNull().defaultNow(),
    // "Chrome på Windows" as it was described when written: rows from before user_agent only.
    browser: text("browser"),
    // The acting browser's User-Agent (at most 300 characters), described in the reader's
    // language when shown; null when support made the change.
    userAgent: text("user_agent"),
    bySupport: boolean("by_support").notNull().default(false),
    // What the person needs to recognise it (a passkey's name, an address); never codes or tokens.
    details: jsonb("details").$type<Record<string, string>>().notNull().default({}),
  },
  (t) => [index("security_events_user_at").on(t.userId, t.at)],
);

/** Browsers a person has logged in from (family and system only), to notice a new one. */
export const knownBrowsers = pgTable(
  "known_browsers",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    label: text("label").notNull(),
    lastSeenAt: ts("last_seen_at").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.label] }),
    index("known_browsers_seen").on(t.lastSeenAt),
  ],
);

/** A person's choices about optional emails; no row means the defaults. */
export const emailPreferences = pgTable("email_preferences", {
  userId: uuid("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  joinRequestDigest: boolean("join_request_digest").notNull().default(true),
  updatedAt: ts("updated_at").notNull().defaultNow(),
});

/** One daily summary of waiting join requests per admin and day (Europe/Oslo); the key decides. */
export const joinRequestDigests = pgTable(
  "join_request_digests",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    day: date("day", { mode: "string" }).notNull(),
    pendingCount: integer("pending_count").notNull(),
    sentAt: ts("sent_at").notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.day] })],
);

export type User = typeof users.$inferSelect;
export type Session = typeof sessions.$inferSelect;
export type NewSession = typeof sessions.$inferInsert;
export type UserEmail = typeof userEmails.$inferSelect;
export type MemberGroup = typeof memberGroups.$inferSelect;
export type Membership = typeof memberships.$inferSelect;
export type AuditEvent = typeof auditEvents.$inferInsert;
export type OutboxEmail = typeof emailOutbox.$inferSelect;
export type JoinRequest = typeof joinRequests.$inferSelect;
export type Notification = typeof notifications.$inferSelect;
export type Service = typeof services.$inferSelect;
export type Notice = typeof notices.$inferSelect;
export type Passkey = typeof passkeys.$inferSelect;
export type WebauthnChallenge = typeof webauthnChallenges.$inferSelect;

/**
 * The OpenID Connect provider's state (grants, codes, tokens, sessions, interactions, replay
 * guards) as oidc-provider's adapter stores it: one row per model instance, payload as JSON.
 */
export const oidcModels = pgTable(
  "oidc_models",
  {
    kind: text("kind").notNull(),
    id: text("id").notNull(),
    payload: jsonb("payload").$type<Record<string, unknown>>().notNull(),
    grantId: text("grant_id"),
    userCode: text("user_code"),
    uid: text("uid"),
    expiresAt: ts("expires_at"),
    consumedAt: ts("consumed_at"),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.kind, t.id] }),
    index("oidc_models_grant").on(t.grantId),
    index("oidc_models_uid").on(t.kind, t.uid),
    index("oidc_models_user_code").on(t.kind, t.userCode),
    index("oidc_models_expires").on(t.expiresAt),
  ],
);

export const oidcAuthMethod = pgEnum("oidc_auth_method", [
  "client_secret_basic",
  "private_key_jwt",
]);

/** A service registered for "Innlogging via portalen": one OpenID Connect client per service. */
export const oidcClients = pgTable(
  "oidc_clients",
  {
    serviceId: uuid("service_id")
      .primaryKey()
      .references(() => services.id, { onDelete: "cascade" }),
    clientId: text("client_id").notNull().unique(),
    enabled: boolean("enabled").notNull().default(true),
    redirectUris: jsonb("redirect_uris").$type<string[]>().notNull().default([]),
    postLogoutRedirectUris: jsonb("post_logout_redirect_uris")
      .$type<string[]>()
      .notNull()
      .default([]),
    backchannelLogoutUri: text("backchannel_logout_uri"),
    // Where the dashboard sends a person to start the service's own login (OIDC initiate_login_uri).
    initiateLoginUri: text("initiate_login_uri"),
    authMethod: oidcAuthMethod("auth_method").notNull().default("client_secret_basic"),
    jwksUri: text("jwks_uri"),
    // SHA-256 of the client secret (random, 256 bits): the secret itself is shown once.
    secretHash: text("secret_hash"),
    previousSecretHash: text("previous_secret_hash"),
    previousSecretExpiresAt: ts("previous_secret_expires_at"),
    scopes: text("scopes").notNull().default("openid profile email groups"),
    createdAt: createdAt(),
    updatedAt: ts("updated_at").notNull().defaultNow(),
  },
  (t) => [
    check(
      "oidc_client_credentials",
      sql`(${t.authMethod} = 'client_secret_basic' and ${t.secretHash} is not null) or (${t.authMethod} = 'private_key_jwt' and ${t.jwksUri} is not null)`,
    ),
  ],
);

/** A service a portal session signed in to: what "Logg ut overalt" and back-channel logout reach. */
export const oidcSignIns = pgTable(
  "oidc_sign_ins",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    // The portal session (sessions.id); no foreign key: its end is what triggers the logout.
    sessionId: text("session_id").notNull(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    clientId: text("client_id")
      .notNull()
      .references(() => oidcClients.clientId, { onDelete: "cascade", onUpdate: "cascade" }),
    sid: text("sid").notNull(),
    grantId: text("grant_id"),
    opSessionUid: text("op_session_uid"),
    signedInAt: ts("signed_in_at").notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("oidc_sign_ins_session_client").on(t.sessionId, t.clientId),
    index("oidc_sign_ins_user").on(t.userId),
  ],
);

/** Back-channel logout tokens to deliver, with retries (the email outbox's pattern). */
export const oidcLogoutOutbox = pgTable(
  "oidc_logout_outbox",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    clientId: text("client_id").notNull(),
    // The pairwise subject the service knows the person by, and the sid of its sign-in.
    subject: text("subject").notNull(),
    sid: text("sid").notNull(),
    status: outboxStatus("status").notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: ts("next_attempt_at").notNull().defaultNow(),
    lastError: text("last_error"),
    sentAt: ts("sent_at"),
    createdAt: createdAt(),
  },
  (t) => [index("oidc_logout_outbox_due").on(t.status, t.nextAttemptAt)],
);

export type OidcModel = typeof oidcModels.$inferSelect;
export type OidcClient = typeof oidcClients.$inferSelect;
export type OidcSignIn = typeof oidcSignIns.$inferSelect;
export type OidcLogout = typeof oidcLogoutOutbox.$inferSelect;
export type SecurityEvent = typeof securityEvents.$inferSelect;

/** Resend webhook deliveries already handled (by their svix-id): a replay is refused. */
export const webhookReceipts = pgTable("webhook_receipts", {
  id: text("id").primaryKey(),
  receivedAt: createdAt(),
});

/** When a member was last sent the passkey guide (`Send påminnelse`): at most once per 30 days. */
export const passkeyReminders = pgTable("passkey_reminders", {
  userId: uuid("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  sentAt: ts("sent_at").notNull(),
});

/**
 * A group's quarterly access review: its admins go through the members and keep or remove
 * each. Opened at the start of each quarter (Oslo time), reminded after 14 days.
 */
export const accessReviews = pgTable(
  "access_reviews",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    groupId: uuid("group_id")
      .notNull()
      .references(() => memberGroups.id, { onDelete: "cascade" }),
    /** "2026-Q4". */
    period: text("period").notNull(),
    openedAt: ts("opened_at").notNull(),
    remindedAt: ts("reminded_at"),
    completedAt: ts("completed_at"),
    completedBy: uuid("completed_by").references(() => users.id, { onDelete: "set null" }),
    kept: integer("kept"),
    removed: integer("removed"),
  },
  (t) => [uniqueIndex("access_reviews_group_period").on(t.groupId, t.period)],
);
