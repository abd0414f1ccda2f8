/** Numbers and durations in Norwegian running text, so a text can be built from a rule's constant. */

// House style: small numbers in words, from 11 on in digits ("ti minutter", "15 minutter").
const WORDS = ["null", "én", "to", "tre", "fire", "fem", "seks", "sju", "åtte", "ni", "ti"];

type Noun = {
  /** "ett minutt" or "én time": the numeral one agrees with the noun. */
  neuter: boolean;
  singular: string;
  plural: string;
  definiteSingular: string;
  definitePlural: string;
};

const DAY: Noun = {
  neuter: false,
  singular: "dag",
  plural: "dager",
  definiteSingular: "dagen",
  definitePlural: "dagene",
};
const HOUR: Noun = {
  neuter: false,
  singular: "time",
  plural: "timer",
  definiteSingular: "timen",
  definitePlural: "timene",
};
const MINUTE: Noun = {
  neuter: true,
  singular: "minutt",
  plural: "minutter",
  definiteSingular: "minuttet",
  definitePlural: "minuttene",
};
const SECOND: Noun = {
  neuter: true,
  singular: "sekund",
  plural: "sekunder",
  definiteSingular: "sekundet",
  definitePlural: "sekundene",
};

/** 5 → "fem", 1 → "én" (or "ett" for a neuter noun), 15 → "15". */
export function numberWord(n: number, neuter = false): string {
  if (n === 1) return neuter ? "ett" : "én";
  return Number.isInteger(n) && n >= 0 && n < WORDS.length ? WORDS[n]! : String(n);
}

/** A whole number of the largest unit that fits: 3600 → one hour, 900 → 15 minutes. */
function inUnits(seconds: number): { count: number; noun: Noun } {
  if (seconds % 86_400 === 0) return { count: seconds / 86_400, noun: DAY };
  if (seconds % 3600 === 0) return { count: seconds / 3600, noun: HOUR };
  if (seconds % 60 === 0) return { count: seconds / 60, noun: MINUTE };
  return { count: seconds, noun: SECOND };
}

/** 600 → "ti minutter", 60 → "ett minutt", 43200 → "12 timer". */
export function duration(seconds: number): string {
  const { count, noun } = inUnits(seconds);
  return `${numberWord(count, noun.neuter)} ${count === 1 ? noun.singular : noun.plural}`;
}

/** As `duration`, with the article for one: "Vent en time", "Vent et minutt", "Vent ti minutter". */
export function aDuration(seconds: number): string {
  const { count, noun } = inUnits(seconds);
  if (count !== 1) return duration(seconds);
  return `${noun.neuter ? "et" : "en"} ${noun.singular}`;
}

/** The window just past: 3600 → "den siste timen", 900 → "de siste 15 minuttene". */
export function lastDuration(seconds: number): string {
  const { count, noun } = inUnits(seconds);
  if (count === 1) return `${noun.neuter ? "det" : "den"} siste ${noun.definiteSingular}`;
  return `de siste ${numberWord(count, noun.neuter)} ${noun.definitePlural}`;
}

/** A rate: 3600 → "i timen", 60 → "i minuttet", 600 → "per ti minutter". */
export function perDuration(seconds: number): string {
  const { count, noun } = inUnits(seconds);
  return count === 1 ? `i ${noun.definiteSingular}` : `per ${duration(seconds)}`;
}
