import { type NextRequest } from "next/server";
import { recordAudit } from "@/lib/audit/record";
import { config } from "@/lib/config";
import { endSessionsByIdportenSid } from "@/lib/sessions/sessions";

/** ID-porten front-channel logout: iss + sid end the matching local sessions. */
export async function GET(request: NextRequest) {
  const iss = request.nextUrl.searchParams.get("iss");
  const sid = request.nextUrl.searchParams.get("sid");
  const { issuer } = config().idporten;
  if (iss === issuer && sid) {
    const ended = await endSessionsByIdportenSid(iss, sid);
    for (const row of ended) {
      await recordAudit({ action: "logout.frontchannel", actorUserId: row.userId });
    }
  }
  return new Response("<!doctype html><title>Logget ut</title>", {
    headers: {
      "content-type": "text/html; charset=utf-8",
      "cache-control": "no-store",
      "content-security-policy": `frame-ancestors ${new URL(issuer).origin}`,
    },
  });
}
