/**
 * Norwegian national identity numbers: fødselsnummer, d-nummer (day + 40),
 * H-nummer (month + 40) and the synthetic test numbers of Testnorge/TestID
 * (month + 80). Pure functions; safe on both server and client.
 */

export type NationalIdProblem = "format" | "checksum" | "date";

const FIRST_WEIGHTS = [3, 7, 6, 1, 8, 9, 4, 5, 2] as const;
const SECOND_WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2] as const;

function controlDigit(digits: number[], weights: readonly number[]): number | null {
  const sum = weights.reduce((acc, weight, i) => acc + weight * (digits[i] ?? 0), 0);
  const digit = (11 - (sum % 11)) % 11;
  return digit === 10 ? null : digit;
}

function controlDigits(first9: number[]): [number, number] | null {
  const k1 = controlDigit(first9, FIRST_WEIGHTS);
  if (k1 === null) return null;
  const k2 = controlDigit([...first9, k1], SECOND_WEIGHTS);
  if (k2 === null) return null;
  return [k1, k2];
}

/** The century follows from the individual number (Folkeregisteret's allocation rules). */
function fullYear(twoDigitYear: number, individual: number): number {
  if (individual < 500) return 1900 + twoDigitYear;
  if (twoDigitYear < 40) return 2000 + twoDigitYear;
  if (individual >= 900) return 1900 + twoDigitYear;
  if (individual < 750 && twoDigitYear >= 54) return 1800 + twoDigitYear;
  // Combinations Folkeregisteret never issues; synthetic generators do, so judge the date only.
  return 1900 + twoDigitYear;
}

function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  date.setUTCFullYear(year);
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function hasRealBirthDate(value: string): boolean {
  const dayField = Number(value.slice(0, 2));
  const monthField = Number(value.slice(2, 4));
  const twoDigitYear = Number(value.slice(4, 6));
  const individual = Number(value.slice(6, 9));
  const day = dayField > 40 ? dayField - 40 : dayField;
  // Test data sets shift the month in steps of 20 (+40 H-nummer, +80 synthetic, +20/+60 seen in
  // Testnorge fixtures), so the real month is the remainder.
  const month = monthField % 20;
  return isRealDate(fullYear(twoDigitYear, individual), month, day);
}

/** Why a value is not a valid national identity number, or null when it is. */
export function nationalIdProblem(value: string): NationalIdProblem | null {
  if (!/^\d{11}$/.test(value)) return "format";
  const digits = [...value].map(Number);
  const expected = controlDigits(digits.slice(0, 9));
  if (!expected || expected[0] !== digits[9] || expected[1] !== digits[10]) return "checksum";
  if (!hasRealBirthDate(value)) return "date";
  return null;
}

export function isValidNationalId(value: string): boolean {
  return nationalIdProblem(value) === null;
}

/**
 * A synthetic test number (month + 80) for the given birth date (UTC parts). Uses `individual`
 * or, when that one has no valid control digits, the next higher individual number in the same
 * century series.
 */
export function makeSyntheticNationalId(birthDate: Date, individual = 100): string {
  const year = birthDate.getUTCFullYear();
  const [low, high] = year >= 2000 && year <= 2039 ? [500, 999] : [0, 499];
  if (year < 1900 || year > 2039) throw new RangeError("birth year must be 1900–2039");
  if (!Number.isInteger(individual) || individual < low || individual > high) {
    throw new RangeError(`individual number for ${year} must be ${low}–${high}`);
  }
  const datePart =
    String(birthDate.getUTCDate()).padStart(2, "0") +
    String(birthDate.getUTCMonth() + 1 + 80) +
    String(year % 100).padStart(2, "0");
  for (let candidate = individual; candidate <= high; candidate++) {
    const first9 = datePart + String(candidate).padStart(3, "0");
    const control = controlDigits([...first9].map(Number));
    if (control) return first9 + control.join("");
  }
  throw new RangeError("no valid number from this individual number upwards");
}
