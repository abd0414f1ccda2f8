/** Every reliability test says what it tried and what it found, in the CI log. */
export function tried(what: string): void {
  console.log(`  tried: ${what}`);
}

export function found(what: string): void {
  console.log(`  found: ${what}`);
}
