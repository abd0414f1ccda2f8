import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import Provider from "oidc-provider";
import { buildConfiguration, type TestProviderOptions } from "./configuration";
import { handleInteraction } from "./interactions";
import { messagePage } from "./pages";

export type { TestProviderOptions } from "./configuration";

export type StartTestProviderOptions = Omit<TestProviderOptions, "issuer"> & {
  /** Defaults to http://localhost:<bound port>, which suits port 0 in tests. */
  issuer?: string;
  port: number;
  /** Interface to listen on; all interfaces when left out. */
  host?: string;
};

export type RunningTestProvider = { url: string; provider: Provider; close(): Promise<void> };

/** A local OpenID Connect provider that behaves like ID-porten's TestID. Development and tests only. */
export function createTestProvider(opts: TestProviderOptions): Provider {
  const provider = new Provider(opts.issuer, buildConfiguration(opts));
  // ID-porten always puts `sid` in the ID token; oidc-provider only does so for back-channel
  // logout clients, and this provider offers front-channel logout instead.
  Object.defineProperty(provider.Client.prototype, "includeSid", { value: () => true });
  return provider;
}

/** Serves the provider and its login pages with node:http. */
export async function startTestProvider(
  opts: StartTestProviderOptions,
): Promise<RunningTestProvider> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port, opts.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const issuer = (opts.issuer ?? `http://localhost:${port}`).replace(/\/+$/, "");
  const provider = createTestProvider({ ...opts, issuer });
  const oidc = provider.callback();

  server.on("request", (req: IncomingMessage, res: ServerResponse) => {
    const { pathname } = new URL(req.url ?? "/", issuer);
    handleInteraction(provider, req, res, pathname)
      .then((handled) => {
        if (!handled) return oidc(req, res);
      })
      .catch((error: unknown) => {
        console.error("idporten-test-provider:", error);
        if (res.headersSent) return res.destroy();
        res.writeHead(500, { "content-type": "text/html; charset=utf-8" });
        res.end(messagePage("Noe gikk galt", "Den lokale testleverandøren fikk en uventet feil."));
      });
  });

  return {
    url: issuer,
    provider,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
