export declare const RETURN_PATH_HEADER: "x-medlemsportalen-path";
export declare function pageCsp(input: {
  nonce: string;
  dev: boolean;
  idportenIssuer: string;
}): string;
export declare function serializePolicy(directives: Record<string, string[]>): string;
export declare function preparePageRequest(
  req: {
    method?: string;
    url?: string;
    headers: Record<string, string | string[] | undefined>;
  },
  settings: { dev: boolean; idportenIssuer: string },
): { redirectTo: string } | { csp: string } | null;
