type ErrorLike = {
  name?: string;
  code?: unknown;
  constraint?: unknown;
  cause?: unknown;
  type?: unknown;
};

/**
 * What may be logged about an unexpected error: its kind and database codes. Never the
 * message, which for a failed query holds every bound value (codes, addresses, tokens).
 */
export function describeError(error: unknown): string {
  const parts: string[] = [];
  for (
    let e = error as ErrorLike | undefined, depth = 0;
    e && depth < 4;
    e = e.cause as ErrorLike, depth++
  ) {
    const bits = [e.name, e.type, e.code, e.constraint].filter(
      (b) => typeof b === "string" && b.length < 80,
    );
    if (bits.length) parts.push(bits.join(":"));
  }
  return parts.join(" <- ") || "unknown error";
}
