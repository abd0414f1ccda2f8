/** Numbers and durations in English running text, so a text can be built from a rule's constant. */

// House style: small numbers in words, from 11 on in digits ("ten minutes", "15 minutes").
const WORDS = [
  "zero",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
];

type Noun = {
  /** "an hour" or "a minute": the indefinite article before the singular. */
  article: "a" | "an";
  singular: string;
  plural: string;
};

const DAY: Noun = { article: "a", singular: "day", plural: "days" };
const HOUR: Noun = { article: "an", singular: "hour", plural: "hours" };
const MINUTE: Noun = { article: "a", singular: "minute", plural: "minutes" };
const SECOND: Noun = { article: "a", singular: "second", plural: "seconds" };

/**
 * 5 → "five", 1 → "one", 15 → "15". `neuter` is there for the same signature as the Norwegian
 * helper (where "one" agrees with the noun); English has one form.
 */
export function numberWord(n: number, neuter = false): string {
  void neuter;
  return Number.isInteger(n) && n >= 0 && n < WORDS.length ? WORDS[n]! : String(n);
}

/** A whole number of the largest unit that fits: 3600 → one hour, 900 → 15 minutes. */
function inUnits(seconds: number): { count: number; noun: Noun } {
  if (seconds % 86_400 === 0) return { count: seconds / 86_400, noun: DAY };
  if (seconds % 3600 === 0) return { count: seconds / 3600, noun: HOUR };
  if (seconds % 60 === 0) return { count: seconds / 60, noun: MINUTE };
  return { count: seconds, noun: SECOND };
}

/** 600 → "ten minutes", 60 → "one minute", 43200 → "12 hours". */
export function duration(seconds: number): string {
  const { count, noun } = inUnits(seconds);
  return `${numberWord(count)} ${count === 1 ? noun.singular : noun.plural}`;
}

/** As `duration`, with the article for one: "Wait an hour", "Wait a minute", "Wait ten minutes". */
export function aDuration(seconds: number): string {
  const { count, noun } = inUnits(seconds);
  if (count !== 1) return duration(seconds);
  return `${noun.article} ${noun.singular}`;
}

/** The window just past: 3600 → "the last hour", 900 → "the last 15 minutes". */
export function lastDuration(seconds: number): string {
  const { count, noun } = inUnits(seconds);
  if (count === 1) return `the last ${noun.singular}`;
  return `the last ${numberWord(count)} ${noun.plural}`;
}

/** A rate: 3600 → "per hour", 60 → "per minute", 600 → "per ten minutes". */
export function perDuration(seconds: number): string {
  const { count, noun } = inUnits(seconds);
  return count === 1 ? `per ${noun.singular}` : `per ${duration(seconds)}`;
}
