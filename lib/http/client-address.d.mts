export declare const CLIENT_ADDRESS_HEADER: "x-medlemsportalen-client-address";
export declare function ipInCidr(ip: string, cidr: string): boolean;
export declare function parseTrustedProxies(raw: string | undefined): string[];
export declare function normalizeAddress(raw: string | undefined | null): string | null;
export declare function resolveClientAddress(input: {
  peer: string | undefined | null;
  forwardedFor: string | string[] | undefined;
  trustedProxies: readonly string[];
}): string | null;
