import type { IncomingMessage, ServerResponse } from "node:http";
import type Provider from "oidc-provider";
import type { Interaction } from "oidc-provider";
import { nationalIdProblem, type NationalIdProblem } from "../identity/national-id";
import { LEVELS, type Level, loginPage, messagePage } from "./pages";

const PROBLEM_MESSAGES: Record<NationalIdProblem, string> = {
  format: "Fødselsnummeret må være 11 siffer.",
  checksum: "Fødselsnummeret er ugyldig: kontrollsifrene stemmer ikke.",
  date: "Fødselsnummeret har en ugyldig dato.",
};

const MAX_BODY_BYTES = 16 * 1024;

function send(res: ServerResponse, status: number, html: string): void {
  res.writeHead(status, {
    "content-type": "text/html; charset=utf-8",
    "cache-control": "no-store",
    "x-frame-options": "DENY",
  });
  res.end(html);
}

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new Error("request body too large");
    chunks.push(chunk as Buffer);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString("utf8"));
}

function isLevel(value: unknown): value is Level {
  return LEVELS.some((l) => l.value === value);
}

/** Preselects the level the client asked for, as TestID offers only methods that meet it. */
function defaultLevel(acrValues: unknown): Level {
  const requested = typeof acrValues === "string" ? acrValues.split(" ") : [];
  return requested.length > 0 && requested.every((v) => v === "idporten-loa-high")
    ? "idporten-loa-high"
    : "idporten-loa-substantial";
}

/** Consent is normally skipped by loadExistingGrant; this covers anything it did not grant. */
async function grantEverything(
  provider: Provider,
  req: IncomingMessage,
  res: ServerResponse,
  details: Interaction,
): Promise<void> {
  const grant = details.grantId
    ? await provider.Grant.find(details.grantId)
    : new provider.Grant({
        clientId: String(details.params.client_id),
        accountId: details.session?.accountId,
      });
  if (!grant) throw new Error("grant not found");
  const { missingOIDCScope, missingOIDCClaims } = details.prompt.details;
  if (Array.isArray(missingOIDCScope)) grant.addOIDCScope(missingOIDCScope.join(" "));
  if (Array.isArray(missingOIDCClaims)) grant.addOIDCClaims(missingOIDCClaims);
  const grantId = await grant.save();
  await provider.interactionFinished(
    req,
    res,
    { consent: { grantId } },
    { mergeWithLastSubmission: true },
  );
}

/**
 * Serves /interaction/:uid (GET: login page), /interaction/:uid/login (POST) and
 * /interaction/:uid/abort (POST). Returns false for any other path.
 */
export async function handleInteraction(
  provider: Provider,
  req: IncomingMessage,
  res: ServerResponse,
  pathname: string,
): Promise<boolean> {
  const match = /^\/interaction\/([\w-]+)(?:\/(login|abort))?$/.exec(pathname);
  if (!match) return false;
  const action = match[2];

  let details;
  try {
    details = await provider.interactionDetails(req, res);
  } catch {
    send(
      res,
      400,
      messagePage("Innloggingen er utløpt", "Gå tilbake til tjenesten og prøv igjen."),
    );
    return true;
  }
  const client = await provider.Client.find(String(details.params.client_id));
  const clientName = client?.clientName ?? String(details.params.client_id);

  if (req.method === "GET" && !action && details.prompt.name === "consent") {
    await grantEverything(provider, req, res, details);
    return true;
  }
  if (req.method === "GET" && !action) {
    const level = defaultLevel(details.params.acr_values);
    send(res, 200, loginPage({ uid: details.uid, clientName, level }));
    return true;
  }
  if (req.method !== "POST" || !action) {
    send(res, 405, messagePage("Ugyldig forespørsel", "Metoden er ikke tillatt."));
    return true;
  }

  if (action === "abort") {
    await provider.interactionFinished(
      req,
      res,
      { error: "access_denied", error_description: "Brukeren avbrøt innloggingen" },
      { mergeWithLastSubmission: false },
    );
    return true;
  }

  const form = await readForm(req);
  const pid = (form.get("pid") ?? "").trim();
  const acr = form.get("acr");
  if (!isLevel(acr)) {
    send(res, 400, messagePage("Ugyldig forespørsel", "Velg et gyldig sikkerhetsnivå."));
    return true;
  }
  const problem = nationalIdProblem(pid);
  if (problem) {
    const error = PROBLEM_MESSAGES[problem];
    send(res, 400, loginPage({ uid: details.uid, clientName, nationalId: pid, level: acr, error }));
    return true;
  }

  await provider.interactionFinished(
    req,
    res,
    { login: { accountId: pid, acr, amr: ["TestID"], remember: true } },
    { mergeWithLastSubmission: false },
  );
  return true;
}
