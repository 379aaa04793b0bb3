import type { z } from 'zod';

type Schema = z.ZodType;
interface Def {
  type: string;
  shape?: Record<string, Schema>;
  innerType?: Schema;
  element?: Schema;
  out?: Schema;
  options?: Schema[];
}
const defOf = (schema: Schema): Def => (schema as unknown as { def: Def }).def;

/** The schema under wrappers that do not change the shape (optional, default, preprocess, arrays). */
function unwrap(schema: Schema, intoArrays: boolean): Schema[] {
  const def = defOf(schema);
  if (def.type === 'optional' || def.type === 'default' || def.type === 'nullable')
    return unwrap(def.innerType!, intoArrays);
  if (def.type === 'pipe') return unwrap(def.out!, intoArrays);
  if (def.type === 'array' && intoArrays) return unwrap(def.element!, intoArrays);
  if (def.type === 'union') return (def.options ?? []).flatMap((o) => unwrap(o, intoArrays));
  return [schema];
}

/**
 * The field names an object at `path` of the story may have, for "did you mean" on unknown keys.
 * `path` is a zod issue path (numbers index into lists).
 */
export function knownKeysAt(root: Schema, path: readonly PropertyKey[]): string[] {
  let current: Schema[] = unwrap(root, false);
  for (const segment of path) {
    current = current.flatMap((schema) => {
      const def = defOf(schema);
      if (typeof segment === 'number') return def.type === 'array' ? unwrap(def.element!, false) : [];
      const child = def.shape?.[String(segment)];
      return child ? unwrap(child, false) : [];
    });
  }
  return current.flatMap((schema) => Object.keys(defOf(schema).shape ?? {}));
}
