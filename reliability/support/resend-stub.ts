import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** What the stub does with one request to POST /emails. */
export type Behaviour =
  | { kind: "accept" }
  | { kind: "status"; status: number; retryAfter?: string }
  /** Never answers (the sender's timeout must cut it off); `accepted`: it got the email first. */
  | { kind: "hang"; accepted?: boolean }
  /** Closes the connection without an answer. */
  | { kind: "destroy" };

export type StubRequest = {
  idempotencyKey: string | null;
  to: string[];
  subject: string;
  text: string;
  answered: string;
};

/**
 * A stand-in for Resend's POST /emails on loopback. Like Resend it keeps idempotency keys:
 * a repeated key gets the first answer again and the email is not sent a second time, so
 * `delivered` is what recipients would actually receive.
 */
export class ResendStub {
  readonly requests: StubRequest[] = [];
  readonly delivered = new Map<
    string,
    { id: string; to: string[]; subject: string; text: string }
  >();
  private script: Behaviour[] = [];
  private fallback: Behaviour = { kind: "accept" };
  private delayMs = 0;
  private readonly server = createServer((req, res) => void this.handle(req, res));
  private readonly hanging = new Set<ServerResponse>();

  /** The next requests get these behaviours in turn; after them, `fallback`. */
  plan(behaviours: Behaviour[], fallback: Behaviour = { kind: "accept" }): void {
    this.script = [...behaviours];
    this.fallback = fallback;
  }

  /** Every answer waits this long (so parallel workers overlap). */
  slowDown(ms: number): void {
    this.delayMs = ms;
  }

  async start(port = 0): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(port, "127.0.0.1", resolve));
    return this.url;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    for (const res of this.hanging) res.destroy();
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }

  reset(): void {
    this.requests.length = 0;
    this.delivered.clear();
    this.plan([]);
    this.delayMs = 0;
  }

  requestsWithKey(key: string): StubRequest[] {
    return this.requests.filter((r) => r.idempotencyKey === key);
  }

  /** The newest email delivered to `address`, as its recipient would read it. */
  latestTo(address: string): { subject: string; text: string } | undefined {
    return [...this.delivered.values()].reverse().find((m) => m.to.includes(address));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    if (req.method === "GET" && req.url === "/_stub/state") {
      // For tests in another process: what was asked and what recipients got.
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ requests: this.requests, delivered: [...this.delivered] }));
      return;
    }
    if (req.method !== "POST" || req.url !== "/emails") {
      res.writeHead(404).end();
      return;
    }
    const body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as {
      to: string | string[];
      subject: string;
      text?: string;
    };
    const key = (req.headers["idempotency-key"] as string | undefined) ?? null;
    const behaviour = this.script.shift() ?? this.fallback;
    const request: StubRequest = {
      idempotencyKey: key,
      to: Array.isArray(body.to) ? body.to : [body.to],
      subject: body.subject,
      text: body.text ?? "",
      answered: behaviour.kind,
    };
    this.requests.push(request);
    if (this.delayMs) await new Promise((resolve) => setTimeout(resolve, this.delayMs));

    if (behaviour.kind === "destroy") {
      req.socket.destroy();
      return;
    }
    if (behaviour.kind === "hang") {
      if (behaviour.accepted) this.deliver(key, request);
      this.hanging.add(res);
      res.on("close", () => this.hanging.delete(res));
      return;
    }
    if (behaviour.kind === "status") {
      const headers: Record<string, string> = { "content-type": "application/json" };
      if (behaviour.retryAfter) headers["retry-after"] = behaviour.retryAfter;
      const name = behaviour.status === 429 ? "rate_limit_exceeded" : "application_error";
      res.writeHead(behaviour.status, headers);
      res.end(JSON.stringify({ statusCode: behaviour.status, name, message: "stub" }));
      return;
    }
    const id = this.deliver(key, request);
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ id }));
  }

  /** Sends the email unless this key was sent before; returns the provider's id. */
  private deliver(key: string | null, request: StubRequest): string {
    const known = key ? this.delivered.get(key) : undefined;
    if (known) return known.id;
    const id = `stub-${this.delivered.size + 1}-${Date.now()}`;
    const mail = { id, to: request.to, subject: request.subject, text: request.text };
    this.delivered.set(key ?? id, mail);
    return id;
  }
}
