import { type NextRequest } from "next/server";
import { config } from "@/lib/config";
import { originFrom } from "@/lib/http/client-info";
import { frontchannelCsp } from "@/lib/http/csp";
import { endSessionsByIdportenSid } from "@/lib/sessions/sessions";
import { withUnavailablePage } from "@/lib/http/unavailable";

/** ID-porten front-channel logout: iss + sid end the matching local sessions. */
async function handleGet(request: NextRequest) {
  const iss = request.nextUrl.searchParams.get("iss");
  const sid = request.nextUrl.searchParams.get("sid");
  const { issuer } = config().idporten;
  if (iss === issuer && sid) {
    await endSessionsByIdportenSid(iss, sid, originFrom(request.headers));
  }
  return new Response("<!doctype html><title>Logget ut</title>", {
    headers: {
      "content-type": "text/html; charset=utf-8",
      "cache-control": "no-store",
      "content-security-policy": frontchannelCsp(issuer),
    },
  });
}

export const GET = withUnavailablePage(handleGet);
