import { NextResponse } from "next/server";
import { passkeyAuthenticationOptions } from "@/lib/passkeys/authentication";
import { NO_STORE, refuseForeignRequest } from "@/lib/passkeys/request-guard";

/** Options for a passkey login (modal prompt or autofill); anyone may ask, before login. */
export async function POST(request: Request) {
  const refused = refuseForeignRequest(request);
  if (refused) return refused;
  const options = await passkeyAuthenticationOptions();
  return NextResponse.json(options, { headers: NO_STORE });
}
