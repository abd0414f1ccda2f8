import { NextResponse } from "next/server";
import { DomainError } from "@/lib/actions/errors";
import { recordRefusal } from "@/lib/audit/refusals";
import { originFrom } from "@/lib/http/client-info";
import { getCurrentSession, getCurrentUser } from "@/lib/auth/current-user";
import { isRecentLogin, stepUpPath } from "@/lib/auth/step-up";
import { NO_STORE, refuseForeignRequest } from "@/lib/passkeys/request-guard";
import { passkeyRegistrationOptions } from "@/lib/passkeys/registration";
import { withUnavailablePage } from "@/lib/http/unavailable";

const RETURN_TO = "/profil/passnokler/ny";
const ATTEMPTED = "passkeys.registrationOptions";

/** Options for creating a passkey: a registered user with a login younger than 15 minutes. */
async function handlePost(request: Request) {
  const refused = await refuseForeignRequest(request, ATTEMPTED);
  if (refused) return refused;
  const [session, user] = await Promise.all([getCurrentSession(), getCurrentUser()]);
  if (!session || !user) {
    const actor = originFrom(request.headers);
    await recordRefusal({ actor, reason: "unauthenticated", attempted: ATTEMPTED, status: 401 });
    return NextResponse.json({ error: "unauthenticated" }, { status: 401, headers: NO_STORE });
  }
  if (!user.registered) {
    return NextResponse.json({ error: "forbidden" }, { status: 403, headers: NO_STORE });
  }
  if (!isRecentLogin(session)) {
    return NextResponse.json(
      { error: "step_up", stepUp: stepUpPath(RETURN_TO) },
      { status: 403, headers: NO_STORE },
    );
  }
  try {
    const options = await passkeyRegistrationOptions(user);
    return NextResponse.json(options, { headers: NO_STORE });
  } catch (error) {
    if (error instanceof DomainError) {
      return NextResponse.json(
        { error: error.code, message: error.message },
        { status: 409, headers: NO_STORE },
      );
    }
    throw error;
  }
}

export const POST = withUnavailablePage(handlePost);
