/** The current time. One place, so tests can move it (vi.setSystemTime). */
export function now(): Date {
  return new Date();
}

export function addSeconds(date: Date, seconds: number): Date {
  return new Date(date.getTime() + seconds * 1000);
}
