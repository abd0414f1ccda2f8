/** Set by server.mjs on requests for pages behind login: the path (and query) asked for. */
export { RETURN_PATH_HEADER } from "./page-request.mjs";
