import {
  createServer,
  request as forward,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from "node:http";

/** Which instance a browser context's requests go to: the header the test sets per context. */
export const INSTANCE_HEADER = "x-reliability-instance";

export type Routed = {
  instance: string;
  who: string;
  method: string;
  path: string;
  status: number;
};

/**
 * A load balancer on loopback in front of the app instances: one public address (APP_URL), so
 * cookies, the WebAuthn origin and redirects are those of a real deployment. Each browser
 * context names its instance in a header (switched by the test at every step); the balancer
 * drops the header, forwards, and remembers which instance served what.
 */
export class Balancer {
  readonly log: Routed[] = [];
  private readonly servers: Server[] = [];

  constructor(
    private readonly instances: Record<string, number>,
    private readonly fallback: string,
  ) {}

  /** Points requests that name `name` (or name nothing) at another port from now on. */
  setInstance(name: string, port: number): void {
    this.instances[name] = port;
  }

  /** Listens on both loopback addresses, as "localhost" may mean either to the browser. */
  async start(port: number): Promise<void> {
    for (const host of ["127.0.0.1", "::1"]) {
      const server = createServer((req, res) => this.route(req, res));
      const listening = await new Promise<boolean>((resolve) => {
        server.once("error", () => resolve(false));
        server.listen(port, host, () => resolve(true));
      });
      if (listening) this.servers.push(server);
      else if (host === "127.0.0.1") throw new Error(`the balancer cannot listen on ${port}`);
    }
  }

  async stop(): Promise<void> {
    await Promise.all(
      this.servers.map((server) => {
        server.closeAllConnections();
        return new Promise((resolve) => server.close(resolve));
      }),
    );
  }

  private route(req: IncomingMessage, res: ServerResponse): void {
    // "B;gunnar": instance B, for the browser the test calls gunnar.
    const [named = "", who = ""] = String(req.headers[INSTANCE_HEADER] ?? "").split(";");
    const instance = named in this.instances ? named : this.fallback;
    const headers = { ...req.headers };
    delete headers[INSTANCE_HEADER];
    const entry = { instance, who, method: req.method ?? "GET", path: req.url ?? "/", status: 0 };
    this.log.push(entry);
    const upstream = forward(
      {
        host: "127.0.0.1",
        port: this.instances[instance],
        method: req.method,
        path: req.url,
        headers,
      },
      (answer: IncomingMessage) => {
        entry.status = answer.statusCode ?? 0;
        res.writeHead(answer.statusCode ?? 502, answer.rawHeaders);
        answer.pipe(res);
      },
    );
    upstream.on("error", () => {
      entry.status = 502;
      if (!res.headersSent) res.writeHead(502);
      res.end();
    });
    req.pipe(upstream);
  }

  /** How many of `who`'s requests each instance served since `mark` (an index into the log). */
  servedSince(mark: number, who: string): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const r of this.log.slice(mark)) {
      if (r.who === who) counts[r.instance] = (counts[r.instance] ?? 0) + 1;
    }
    return counts;
  }
}
