// How the catalog keeps its articles' metadata on disk: by field, not by article — one array per field,
// and a field with few distinct values (language, source, folder, collections …) as those values once
// and, for each article, the index of its own. At 100,000 articles this reads in about half the time of
// one object per article: fewer bytes, far fewer strings for JSON.parse to make and the collector to
// sweep, and equal values are one string in memory. The check is each field's own schema applied to
// every value, with the shape's: every column as long as the count, every index in range.
import { z } from 'zod';

/** A field's values, one per row: as they are, or as the distinct ones and each row's index into them. */
type Column = unknown[] | { values: unknown[]; at: number[] };

export interface Columns {
  count: number;
  columns: Record<string, Column>;
}

/** A field is kept as distinct values and indexes when it has at most this share of distinct values. */
const SHARED_SHARE = 1 / 4;

/**
 * The columns of `rows` for the fields of `schema`. An absent optional field is written null (so no field
 * may be both optional and nullable: see columnsSchema); a row that lacks a field it must have, or holds
 * null where its field takes none, is refused — written, it would read back as something else.
 */
export function toColumns<Shape extends z.ZodRawShape>(schema: z.ZodObject<Shape>, rows: readonly z.infer<z.ZodObject<Shape>>[]): Columns {
  const columns: Record<string, Column> = {};
  for (const { name, optional } of fieldsOf(schema)) {
    const values = rows.map((row, at) => {
      const value = (row as Record<string, unknown>)[name];
      if (value === null && optional) throw new Error(`row ${at}: ${name} is null, which it cannot be`);
      if (value === undefined && !optional) throw new Error(`row ${at}: ${name} is missing`);
      return value ?? null;
    });
    columns[name] = shared(values) ?? values;
  }
  return { count: rows.length, columns };
}

/** Each field of `schema`: its type, and whether it may be left out (it may then not be null too). */
function fieldsOf(schema: z.ZodObject): { name: string; type: z.ZodType; optional: boolean }[] {
  return Object.entries(schema.shape as unknown as Record<string, z.ZodType>).map(([name, type]) => {
    const optional = type.safeParse(undefined).success;
    if (optional && type.safeParse(null).success)
      throw new Error(`The field ${name} is both optional and nullable: its columns could not tell the two apart.`);
    return { name, type, optional };
  });
}

/** The distinct values and an index for each, if there are few enough of them to be worth it. */
function shared(values: unknown[]): { values: unknown[]; at: number[] } | undefined {
  // strings, numbers and null are told apart by themselves, arrays (countries, collections) by their JSON
  const indexOf = new Map<unknown, number>();
  const arrayIndexOf = new Map<string, number>();
  const distinct: unknown[] = [];
  const at: number[] = [];
  const limit = values.length * SHARED_SHARE;
  for (const value of values) {
    const [map, key] = Array.isArray(value) ? [arrayIndexOf as Map<unknown, number>, JSON.stringify(value)] : [indexOf, value];
    let index = map.get(key);
    if (index === undefined) {
      if (distinct.length >= limit) return undefined;
      index = distinct.length;
      map.set(key, index);
      distinct.push(value);
    }
    at.push(index);
  }
  return { values: distinct, at };
}

/** A shared column's indexes: whole numbers from 0 (a loop of its own: zod's element by element took 5 ms a column at 100,000). */
const indexes = z.custom<number[]>(
  (value) => Array.isArray(value) && value.every((index) => Number.isInteger(index) && (index as number) >= 0),
  'not a list of indexes',
);

/**
 * The reader's check of columns written by toColumns for `schema`'s fields, giving back the rows, each
 * with its fields in the schema's order (one shape for every row) and an absent optional field left out.
 */
export function columnsSchema<Shape extends z.ZodRawShape>(schema: z.ZodObject<Shape>): z.ZodType<z.infer<z.ZodObject<Shape>>[]> {
  const fields = fieldsOf(schema).map(({ name, type, optional }) => {
    // an optional field's column may be missing altogether: a field added after the catalog was written
    const cell = optional ? type.nullable() : type;
    const values = z.array(cell);
    const column = z.union([values, z.object({ values, at: indexes })]);
    return { name, optional, column: optional ? column.optional() : column };
  });
  const shape = Object.fromEntries(fields.map(({ name, column }) => [name, column]));
  return z
    .object({ count: z.number().int().nonnegative(), columns: z.object(shape) })
    .superRefine(({ count, columns }, context) => {
      for (const [name, column] of Object.entries(columns as Record<string, Column | undefined>)) {
        if (column === undefined) continue;
        const at = Array.isArray(column) ? column : column.at;
        if (at.length !== count) context.addIssue({ code: 'custom', message: `column ${name} has ${at.length} of ${count} rows` });
        else if (!Array.isArray(column) && !column.at.every((index) => index < column.values.length))
          context.addIssue({ code: 'custom', message: `column ${name} points past its ${column.values.length} values` });
      }
    })
    .transform(({ count, columns }) => rowsOf(count, columns as Record<string, Column | undefined>, fields)) as unknown as z.ZodType<
    z.infer<z.ZodObject<Shape>>[]
  >;
}

function rowsOf(count: number, columns: Record<string, Column | undefined>, fields: { name: string; optional: boolean }[]): never[] {
  const readers = fields.map(({ name, optional }) => {
    const column = columns[name];
    // a shared array (one list of countries for many articles) is frozen: changed in place, it would change them all
    if (column && !Array.isArray(column)) for (const value of column.values) if (Array.isArray(value)) Object.freeze(value);
    const valueAt =
      column === undefined
        ? () => null
        : Array.isArray(column)
          ? (row: number) => column[row]
          : (row: number) => column.values[column.at[row]!];
    return { name, optional, valueAt };
  });
  const rows = new Array<Record<string, unknown>>(count);
  for (let row = 0; row < count; row++) {
    const record: Record<string, unknown> = {};
    for (const { name, optional, valueAt } of readers) {
      const value = valueAt(row);
      if (!(optional && value === null)) record[name] = value;
    }
    rows[row] = record;
  }
  return rows as never[];
}
