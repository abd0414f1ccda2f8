/** Set by proxy.ts on portal requests: the path (and query) the browser asked for. */
export const RETURN_PATH_HEADER = "x-medlemsportalen-path";
