import "server-only";
import type { IncomingMessage, ServerResponse } from "node:http";
import inject, { type Response as InjectedResponse } from "light-my-request";
import type { RequestOrigin } from "@/lib/audit/actor";
import { config } from "@/lib/config";
import { OIDC_MOUNT } from "./issuer";

type NodeHandler = (req: IncomingMessage, res: ServerResponse) => unknown;

/** Forms and JSON to the provider are small; anything bigger is refused unread. */
const MAX_BODY_BYTES = 64 * 1024;

const origins = new WeakMap<IncomingMessage, RequestOrigin>();

/** Who sent a request handed to the provider (the portal's own client-address rule). */
export function originOfNodeRequest(req: IncomingMessage): RequestOrigin {
  return origins.get(req) ?? { ip: null, userAgent: null };
}

export type BridgeRequest = {
  method: string;
  /** Path and query as the browser sent them, starting with /oidc. */
  path: string;
  headers: Headers;
  body?: Buffer;
  origin: RequestOrigin;
};

/**
 * Runs a Node (req, res) handler on a request from a Next route handler, in this process,
 * with fake sockets (light-my-request). The provider sees itself mounted at /oidc and the
 * portal's own public origin, whatever address the request came in on.
 */
export async function runNodeHandler(
  request: BridgeRequest,
  handler: NodeHandler,
): Promise<InjectedResponse> {
  const { host, protocol } = new URL(config().appUrl);
  const headers: Record<string, string> = {};
  request.headers.forEach((value, name) => {
    headers[name] = value;
  });
  headers.host = host;
  headers["x-forwarded-host"] = host;
  headers["x-forwarded-proto"] = protocol.replace(":", "");
  delete headers["x-forwarded-for"];
  const inner = request.path.slice(OIDC_MOUNT.length) || "/";
  return inject(
    (req, res) => {
      // Like Express's mounting: the provider derives its mount path from originalUrl.
      (req as IncomingMessage & { originalUrl?: string }).originalUrl = request.path;
      origins.set(req, request.origin);
      handler(req, res);
    },
    {
      method: request.method as "GET",
      url: inner,
      headers,
      ...(request.body && request.body.length > 0 ? { payload: request.body } : {}),
      remoteAddress: request.origin.ip ?? undefined,
    },
  );
}

/** A Web Response from what the Node handler wrote. */
export function toWebResponse(res: InjectedResponse): Response {
  const headers = new Headers();
  for (const [name, value] of Object.entries(res.headers)) {
    if (value === undefined || ["connection", "transfer-encoding", "content-length"].includes(name))
      continue;
    for (const v of Array.isArray(value) ? value : [value]) headers.append(name, String(v));
  }
  const empty = res.statusCode === 204 || res.statusCode === 304 || res.rawPayload.length === 0;
  return new Response(empty ? null : new Uint8Array(res.rawPayload), {
    status: res.statusCode,
    headers,
  });
}

/** Reads a request body up to the limit; null when it is larger. */
export async function readLimitedBody(request: Request): Promise<Buffer | null> {
  if (request.method === "GET" || request.method === "HEAD" || !request.body)
    return Buffer.alloc(0);
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > MAX_BODY_BYTES) return null;
  const body = Buffer.from(await request.arrayBuffer());
  return body.length > MAX_BODY_BYTES ? null : body;
}

/**
 * Calls a provider API that wants Node's req/res (interactionDetails, interactionResult) from a
 * page, with the browser's cookies; returns what the callback returned.
 */
export async function withNodeRequest<T>(
  request: BridgeRequest,
  fn: (req: IncomingMessage, res: ServerResponse) => Promise<T>,
): Promise<T> {
  let outcome = { error: new Error("handler did not run") } as { value: T } | { error: unknown };
  await runNodeHandler(request, (req, res) => {
    fn(req, res)
      .then(
        (value) => {
          outcome = { value };
        },
        (error: unknown) => {
          outcome = { error };
        },
      )
      .finally(() => {
        if (!res.writableEnded) res.end();
      });
  });
  if ("error" in outcome) throw outcome.error;
  return outcome.value;
}
