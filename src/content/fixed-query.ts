import type { Compilable, CompiledQuery, Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

/**
 * The reading site's queries, built and compiled once per database and shape rather than on every
 * request: building and compiling a Kysely query cost about as much as SQLite running it (some
 * 0.1 ms each, and a page runs up to ten). The query is built once with a marker in place of each
 * argument; where the markers land among the compiled parameters is where each request's values
 * go. The SQL text stays the same, so SQLite's prepared statement is reused too
 * (src/db/connection.ts).
 *
 * `build` may depend on which arguments are given and on the lengths of lists (both are part of the
 * shape), never on their values: those are only passed on to the query as parameters.
 */

type Value = string | number;
type QueryArgs = Record<string, Value | readonly Value[] | undefined>;
/** Named arguments: values and lists of values (an interface such as ListFilter fits too). */
type ArgsOf<A> = { [K in keyof A]: Value | readonly Value[] | undefined };

type Slot = { arg: string; index: number | null } | { constant: unknown };

interface Shape {
  compiled: CompiledQuery;
  slots: Slot[];
}

const MARK = '\u0000fixed-query\u0000';
/** Lists of many lengths make many shapes; past this many per database they are compiled afresh. */
const MAX_SHAPES = 500;

/** Which arguments are given, and the length of each list. */
function shapeOf(args: QueryArgs): string {
  return Object.keys(args)
    .filter((name) => args[name] !== undefined)
    .sort()
    .map((name) => {
      const value = args[name];
      return Array.isArray(value) ? `${name}[${value.length}]` : name;
    })
    .join(',');
}

function markersFor(args: QueryArgs): QueryArgs {
  const markers: QueryArgs = {};
  for (const [name, value] of Object.entries(args)) {
    if (value === undefined) continue;
    markers[name] = Array.isArray(value) ? value.map((_, index) => `${MARK}${name}\u0000${index}`) : `${MARK}${name}`;
  }
  return markers;
}

function slotOf(parameter: unknown): Slot {
  if (typeof parameter !== 'string' || !parameter.startsWith(MARK)) return { constant: parameter };
  const [arg = '', index] = parameter.slice(MARK.length).split('\u0000');
  return { arg, index: index === undefined ? null : Number(index) };
}

function compileShape<A extends ArgsOf<A>, O>(db: Kysely<Database>, build: (db: Kysely<Database>, args: A) => Compilable<O>, args: A): Shape {
  const compiled = build(db, markersFor(args as QueryArgs) as A).compile();
  if (compiled.sql.includes(MARK)) throw new Error('fixedQuery: an argument was written into the SQL text instead of passed as a parameter');
  return { compiled, slots: compiled.parameters.map(slotOf) };
}

function valueOf(args: QueryArgs, slot: Slot): unknown {
  if ('constant' in slot) return slot.constant;
  const value = args[slot.arg];
  return slot.index === null ? value : (value as readonly Value[])[slot.index];
}

export function fixedQuery<A extends ArgsOf<A>, O>(build: (db: Kysely<Database>, args: A) => Compilable<O>): (db: Kysely<Database>, args: A) => Promise<O[]> {
  const shapes = new WeakMap<Kysely<Database>, Map<string, Shape>>();
  return async (db, args) => {
    let byShape = shapes.get(db);
    if (!byShape) {
      byShape = new Map();
      shapes.set(db, byShape);
    }
    const given = args as QueryArgs;
    const key = shapeOf(given);
    let shape = byShape.get(key);
    if (!shape) {
      if (byShape.size >= MAX_SHAPES) byShape.clear();
      shape = compileShape(db, build, args);
      byShape.set(key, shape);
    }
    const parameters = shape.slots.map((slot) => valueOf(given, slot));
    const result = await db.executeQuery<O>({ ...shape.compiled, parameters } as CompiledQuery<O>);
    return result.rows;
  };
}
