import { randomBytes } from "node:crypto";
import { request as playwrightRequest, type APIRequestContext } from "@playwright/test";
import { SoftAuthenticator } from "../../lib/passkeys/testing/soft-authenticator";
import { expect, test } from "../fixtures/test";
import { e2eDatabase } from "../fixtures/db";

// WebAuthn §7.2 and the audit trail, over HTTP: a passkey login without userHandle, with
// another person's, from a foreign origin and with a lower counter is refused with one audit
// row each, and the passkey is not marked as used.

type Enrolled = { userId: string; passkeyId: string; device: SoftAuthenticator };

const handleOf = (userId: string) =>
  Buffer.from(userId.replace(/-/g, ""), "hex").toString("base64url");

/** A registered person with a passkey, written straight into the journeys' database. */
async function enrolled(origin: string): Promise<Enrolled> {
  const sql = e2eDatabase()!;
  try {
    const [user] = await sql<{ id: string }[]>`
      insert into users (pid_hash, name, registered_at)
      values (${randomBytes(16).toString("hex")}, 'Siv Sikker', now()) returning id`;
    const device = new SoftAuthenticator({ origin, rpId: new URL(origin).hostname });
    device.create({
      challenge: randomBytes(32).toString("base64url"),
      rp: { id: new URL(origin).hostname, name: "Medlemsportalen" },
      user: { id: handleOf(user!.id), name: "siv", displayName: "Siv Sikker" },
      pubKeyCredParams: [{ type: "public-key", alg: -7 }],
    });
    const credential = device.credential!;
    const [passkey] = await sql<{ id: string }[]>`
      insert into passkeys (user_id, credential_id, public_key, device_type, backed_up, name)
      values (${user!.id}, ${credential.id.toString("base64url")},
        ${Buffer.from(credential.publicKeyCose).toString("base64url")}, 'singleDevice', false,
        'Testnøkkel') returning id`;
    return { userId: user!.id, passkeyId: passkey!.id, device };
  } finally {
    await sql.end();
  }
}

async function passkeyFacts(passkeyId: string, since: Date) {
  const sql = e2eDatabase()!;
  try {
    const [key] = await sql<{ counter: string; last_used_at: Date | null }[]>`
      select counter, last_used_at from passkeys where id = ${passkeyId}`;
    const audit = await sql<{ action: string; reason: string | null }[]>`
      select action, details->>'reason' as reason from audit_events
      where at >= ${since}
        and (target_id = ${passkeyId} or (action = 'login.failed' and details->>'reason' = 'CredentialsSignin'))
      order by at`;
    return { counter: Number(key!.counter), lastUsed: key!.last_used_at, audit };
  } finally {
    await sql.end();
  }
}

async function attempt(
  api: APIRequestContext,
  device: SoftAuthenticator,
  change: (response: ReturnType<SoftAuthenticator["get"]>) => void = () => {},
  override: Parameters<SoftAuthenticator["get"]>[1] = {},
) {
  const options = await (
    await api.post("/api/passkeys/login/options", {
      headers: { "content-type": "application/json" },
      data: {},
    })
  ).json();
  const response = device.get(options, override);
  change(response);
  const answer = await api.post("/api/passkeys/login", {
    headers: { "content-type": "application/json" },
    data: { credential: response },
  });
  return { status: answer.status(), body: await answer.json(), response };
}

test.beforeEach(() => {
  test.skip(!process.env.DATABASE_URL, "needs DATABASE_URL to read the database");
});

test("an assertion without userHandle is refused with one audit row", async ({ baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const { passkeyId, device } = await enrolled(origin);
  const api = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { origin } });
  const since = new Date(Date.now() - 1000);
  const result = await attempt(api, device, (r) => {
    delete (r.response as { userHandle?: string }).userHandle;
  });
  expect(result).toMatchObject({ status: 401, body: { error: "user_handle_missing" } });
  const facts = await passkeyFacts(passkeyId, since);
  expect(facts.audit).toEqual([{ action: "passkey.refused", reason: "user_handle_missing" }]);
  expect(facts.lastUsed).toBeNull();
  // The same assertion with its userHandle would have worked: the refusal is the missing handle.
  const proper = await attempt(api, device);
  expect(proper.status).toBe(200);
  await api.dispose();
});

test("another person's userHandle, a foreign origin and a lower counter are each refused once", async ({
  baseURL,
}) => {
  const origin = new URL(baseURL!).origin;
  const victim = await enrolled(origin);
  const other = await enrolled(origin);
  const api = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { origin } });
  expect((await attempt(api, victim.device, () => {}, { counter: 10 })).status).toBe(200);
  await new Promise((resolve) => setTimeout(resolve, 20));
  const since = new Date();

  const mismatch = await attempt(api, victim.device, (r) => {
    r.response.userHandle = handleOf(other.userId);
  });
  expect(mismatch.body).toEqual({ error: "user_handle_mismatch" });
  const foreign = await attempt(api, victim.device, () => {}, {
    origin: "https://medlemsportalen.example.net",
  });
  expect(foreign.body).toEqual({ error: "verification_failed" });
  const lower = await attempt(api, victim.device, () => {}, { counter: 3 });
  expect(lower.body).toEqual({ error: "counter_regressed" });
  // A challenge used twice: the replay of an assertion that just worked.
  const fresh = await attempt(api, victim.device, () => {}, { counter: 20 });
  expect(fresh.status).toBe(200);
  const replay = await api.post("/api/passkeys/login", {
    headers: { "content-type": "application/json" },
    data: { credential: fresh.response },
  });
  expect(await replay.json()).toEqual({ error: "challenge_invalid" });

  const facts = await passkeyFacts(victim.passkeyId, since);
  expect(facts.audit.map((a) => a.reason ?? a.action)).toEqual([
    "user_handle_mismatch",
    "verification_failed",
    "counter_regressed",
    "passkey.used",
  ]);
  expect(facts.counter).toBe(20);
  await api.dispose();
});
