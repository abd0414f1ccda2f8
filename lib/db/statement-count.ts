/**
 * SQL statements sent by this process, counted through postgres.js' `debug` hook when
 * APP_ENV=bench (`npm run bench` divides the growth by the requests it made).
 */
const counter = globalThis as unknown as { __medlemsportalenStatements?: number };

export function countStatement(): void {
  counter.__medlemsportalenStatements = (counter.__medlemsportalenStatements ?? 0) + 1;
}

export function statementsSent(): number {
  return counter.__medlemsportalenStatements ?? 0;
}
