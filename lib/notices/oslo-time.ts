const osloParts = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/Oslo",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

function parts(at: Date): Record<string, number> {
  return Object.fromEntries(
    osloParts
      .formatToParts(at)
      .filter((p) => p.type !== "literal")
      .map((p) => [p.type, Number(p.value)]),
  );
}

/** Oslo's offset from UTC at this instant, in milliseconds (1 or 2 hours). */
function osloOffset(at: Date): number {
  const p = parts(at);
  const wall = Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!);
  return wall - Math.floor(at.getTime() / 60_000) * 60_000;
}

/** "2026-11-23T08:00" read as Oslo wall-clock time (a datetime-local field); null if unreadable. */
export function fromOsloWallTime(value: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!m) return null;
  const wall = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!);
  const first = wall - osloOffset(new Date(wall));
  return new Date(wall - osloOffset(new Date(first)));
}

/** An instant as a datetime-local value in Oslo time. */
export function toOsloWallTime(at: Date): string {
  const p = parts(at);
  const two = (n: number) => String(n).padStart(2, "0");
  return `${p.year}-${two(p.month!)}-${two(p.day!)}T${two(p.hour!)}:${two(p.minute!)}`;
}
