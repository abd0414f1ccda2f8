/** Weekday 1 = Monday … 7 = Sunday (ISO), as in Europe/Oslo. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** One opening range on a weekday, Europe/Oslo wall-clock time "HH:MM"; `to` may be "24:00". */
export type OpeningRange = { day: Weekday; from: string; to: string };

/** A week of opening hours; several ranges per day allowed. */
export type WeeklyHours = OpeningRange[];

export const WEEKDAYS: readonly Weekday[] = [1, 2, 3, 4, 5, 6, 7];

const MINUTES_PER_DAY = 24 * 60;
const MINUTES_PER_WEEK = 7 * MINUTES_PER_DAY;
const SHORT_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

const osloParts = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/Oslo",
  weekday: "short",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

export function toMinutes(time: string): number {
  const [h, m] = time.split(":").map(Number);
  return h! * 60 + m!;
}

/** Minutes since Monday 00:00 in Oslo wall-clock time. */
function osloMinuteOfWeek(at: Date): number {
  const parts = Object.fromEntries(osloParts.formatToParts(at).map((p) => [p.type, p.value]));
  const day = SHORT_DAYS.indexOf(parts.weekday ?? "Mon");
  return day * MINUTES_PER_DAY + Number(parts.hour) * 60 + Number(parts.minute);
}

function rangeStart(range: OpeningRange): number {
  return (range.day - 1) * MINUTES_PER_DAY + toMinutes(range.from);
}

/** Whether `at` falls inside one of the ranges (Oslo time). No ranges: never open. */
export function isOpenAt(hours: WeeklyHours, at: Date): boolean {
  const minute = osloMinuteOfWeek(at);
  return hours.some((range) => {
    const start = rangeStart(range);
    const end = (range.day - 1) * MINUTES_PER_DAY + toMinutes(range.to);
    return minute >= start && minute < end;
  });
}

/** When the service opens next (weekday and "HH:MM"), or null when it never opens. */
export function nextOpening(hours: WeeklyHours, at: Date): { day: Weekday; time: string } | null {
  const minute = osloMinuteOfWeek(at);
  let best: OpeningRange | null = null;
  let bestWait = Infinity;
  for (const range of hours) {
    const wait = (rangeStart(range) - minute + MINUTES_PER_WEEK) % MINUTES_PER_WEEK;
    if (wait > 0 && wait < bestWait) {
      best = range;
      bestWait = wait;
    }
  }
  return best ? { day: best.day, time: best.from } : null;
}

const TIME = /^([01]?\d|2[0-4])[.:]([0-5]\d)$/;

function normaliseTime(text: string): string | null {
  const match = TIME.exec(text.trim());
  if (!match) return null;
  const value = `${match[1]!.padStart(2, "0")}:${match[2]}`;
  return toMinutes(value) > MINUTES_PER_DAY ? null : value;
}

/**
 * One weekday's ranges typed as "08.00-11.30, 12.30-16.00" (dash or en dash; "." or ":").
 * Returns null when the text cannot be read, or a range ends before it starts or overlaps.
 */
export function parseDayRanges(day: Weekday, text: string): OpeningRange[] | null {
  const trimmed = text.trim();
  if (!trimmed) return [];
  const ranges: OpeningRange[] = [];
  for (const part of trimmed.split(",")) {
    const [fromText, toText, ...rest] = part.split(/[-–]/);
    if (fromText === undefined || toText === undefined || rest.length) return null;
    const from = normaliseTime(fromText);
    const to = normaliseTime(toText);
    if (!from || !to || toMinutes(from) >= toMinutes(to) || from === "24:00") return null;
    ranges.push({ day, from, to });
  }
  ranges.sort((a, b) => toMinutes(a.from) - toMinutes(b.from));
  for (let i = 1; i < ranges.length; i++) {
    if (toMinutes(ranges[i]!.from) < toMinutes(ranges[i - 1]!.to)) return null;
  }
  return ranges;
}

/** "08:00" → "08.00", the Norwegian way of writing a time. */
export function formatTime(time: string): string {
  return time.replace(":", ".");
}

/** A day's ranges as the form shows them: "08.00–11.30, 12.30–16.00". */
export function formatDayRanges(hours: WeeklyHours | null, day: Weekday): string {
  return (hours ?? [])
    .filter((r) => r.day === day)
    .sort((a, b) => toMinutes(a.from) - toMinutes(b.from))
    .map((r) => `${formatTime(r.from)}–${formatTime(r.to)}`)
    .join(", ");
}
