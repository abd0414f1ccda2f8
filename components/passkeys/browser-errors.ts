/** What went wrong in the browser during a WebAuthn ceremony, in terms a message can use. */
export type BrowserFailure =
  "aborted" | "cancelled" | "already-registered" | "unsupported" | "other";

export function browserFailure(error: unknown): BrowserFailure {
  const { name, code, message } = (error ?? {}) as {
    name?: string;
    code?: string;
    message?: string;
  };
  if (code === "ERROR_CEREMONY_ABORTED" || name === "AbortError") return "aborted";
  if (code === "ERROR_AUTHENTICATOR_PREVIOUSLY_REGISTERED" || name === "InvalidStateError") {
    return "already-registered";
  }
  if (name === "NotAllowedError") return "cancelled";
  if (name === "NotSupportedError" || /not supported/i.test(message ?? "")) return "unsupported";
  return "other";
}

/** POSTs JSON to one of our passkey endpoints and returns the status and parsed body. */
export async function postJson(
  url: string,
  body: unknown,
): Promise<{ ok: boolean; status: number; data: Record<string, unknown> }> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
    credentials: "same-origin",
  });
  const data = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  return { ok: response.ok, status: response.status, data };
}
