/** How many pages `total` rows make, `perPage` at a time; an empty list is one (empty) page. */
export function pageCount(total: number, perPage: number): number {
  return Math.max(1, Math.ceil(total / perPage));
}

/**
 * Page `wanted` (1-based) of a list read by `read`, whose `total` comes from the same statement
 * (`count(*) over ()`), so it is 0 on a page past the end. Such a page (its rows were just
 * decided or removed) gives the last page there is instead, after one count.
 */
export async function pageOrLast<P extends { total: number }>(
  wanted: number,
  perPage: number,
  read: (page: number) => Promise<P>,
  count: () => Promise<number>,
): Promise<P> {
  const page = Math.max(1, Math.floor(wanted));
  const found = await read(page);
  if (found.total > 0 || page === 1) return found;
  return read(pageCount(await count(), perPage));
}
