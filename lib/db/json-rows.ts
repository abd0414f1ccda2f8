import { getTableColumns, type InferSelectModel, type Table } from "drizzle-orm";

/**
 * Rows a statement aggregated as JSON (`json_agg(table)`), mapped as a drizzle select
 * maps them: camelCase keys, dates as Date, numbers as numbers. Lets one statement carry
 * several lists without hand-written mapping that would drift from the schema.
 */
export function rowsFromJson<T extends Table>(table: T, json: unknown): InferSelectModel<T>[] {
  if (!Array.isArray(json)) return [];
  const columns = Object.entries(getTableColumns(table));
  return json.map((raw: Record<string, unknown>) => {
    const row: Record<string, unknown> = {};
    for (const [key, column] of columns) {
      const value = raw[column.name];
      row[key] = value === null || value === undefined ? null : column.mapFromDriverValue(value);
    }
    return row as InferSelectModel<T>;
  });
}
