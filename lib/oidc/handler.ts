import "server-only";
import { originFrom } from "@/lib/http/client-info";
import { readLimitedBody, runNodeHandler, toWebResponse } from "./node-bridge";
import { getProvider } from "./provider";

let handler: {
  provider: unknown;
  callback: ReturnType<ReturnType<typeof getProvider>["callback"]>;
} | null = null;

/** Koa composes its middleware in callback(): once per provider, not per request. */
function providerCallback() {
  const provider = getProvider();
  if (handler?.provider !== provider) handler = { provider, callback: provider.callback() };
  return handler.callback;
}

/** Serves one request under /oidc (discovery, JWKS, authorize, token, userinfo, logout …). */
export async function handleOidcRequest(request: Request): Promise<Response> {
  const body = await readLimitedBody(request);
  if (body === null) return new Response("Payload Too Large", { status: 413 });
  const url = new URL(request.url);
  const res = await runNodeHandler(
    {
      method: request.method,
      path: url.pathname + url.search,
      headers: request.headers,
      body,
      origin: originFrom(request.headers),
    },
    providerCallback(),
  );
  return toWebResponse(res);
}
