import { withUnavailablePage } from "@/lib/http/unavailable";
import { handleOidcRequest } from "@/lib/oidc/handler";

// The portal's OpenID Connect provider, mounted at /oidc in this app (lib/oidc/handler.ts).
export const dynamic = "force-dynamic";

// The provider's state is in PostgreSQL: while it is unreachable, 503 instead of a 500.
const handle = withUnavailablePage(handleOidcRequest);

export function GET(request: Request) {
  return handle(request);
}

export function POST(request: Request) {
  return handle(request);
}

export function OPTIONS(request: Request) {
  return handle(request);
}
