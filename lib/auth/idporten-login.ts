import "server-only";
import type { RequestOrigin } from "@/lib/audit/actor";
import { getDb } from "@/lib/db/client";
import { startLoginSession } from "@/lib/sessions/sessions";
import { findOrCreateUserByPid } from "./users";

export type IdportenLogin = {
  pid: string;
  acr?: string | null;
  issuer: string;
  sid: string | null;
  idToken: string | null;
  origin: RequestOrigin;
  previousToken: string | null;
};

/**
 * An ID-porten login: finds or creates the person and starts the session with its audit row,
 * in one transaction, so a first login never leaves a user without its session and audit row.
 */
export async function startIdportenSession(login: IdportenLogin): Promise<string> {
  return getDb().transaction(async (tx) => {
    const { user, created } = await findOrCreateUserByPid(login.pid, tx);
    return startLoginSession(
      {
        userId: user.id,
        method: "idporten",
        acr: login.acr,
        idportenIssuer: login.issuer,
        idportenSid: login.sid,
        idToken: login.idToken,
        origin: login.origin,
        previousToken: login.previousToken,
        firstLogin: created,
      },
      tx,
    );
  });
}
