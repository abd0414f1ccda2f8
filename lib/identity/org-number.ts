const WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2];

/** Norwegian organisation number: nine digits, the last a mod-11 check digit. */
export function isValidOrgNumber(value: string): boolean {
  if (!/^\d{9}$/.test(value)) return false;
  const digits = [...value].map(Number);
  const sum = WEIGHTS.reduce((acc, w, i) => acc + w * digits[i]!, 0);
  const rest = 11 - (sum % 11);
  const check = rest === 11 ? 0 : rest;
  return check !== 10 && check === digits[8];
}
