// Dotted scenario paths ("device.os.build", "policies.passwordReset[0].value") read and written immutably.

export type PathKey = string | number;

const pathCache = new Map<string, PathKey[]>();

/** "a.b[0].c" and "a.b.0.c" both become ["a", "b", 0, "c"]. */
export function parsePath(path: string): PathKey[] {
  const cached = pathCache.get(path);
  if (cached) return cached;
  const keys: PathKey[] = [];
  for (const part of path.replace(/\[(\d+)\]/g, '.$1').split('.')) {
    if (part === '') continue;
    keys.push(/^\d+$/.test(part) ? Number(part) : part);
  }
  pathCache.set(path, keys);
  return keys;
}

export function getAt(root: unknown, path: string): unknown {
  let current: unknown = root;
  for (const key of parsePath(path)) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PathKey, unknown>)[key];
  }
  return current;
}

function setKeys(node: unknown, keys: readonly PathKey[], value: unknown): unknown {
  if (keys.length === 0) return value;
  const [key, ...rest] = keys;
  if (Array.isArray(node)) {
    if (typeof key !== 'number') throw new Error(`Expected an array index, got "${String(key)}"`);
    const copy = node.slice();
    copy[key] = setKeys(node[key], rest, value);
    return copy;
  }
  const base = node !== null && typeof node === 'object' ? (node as Record<PathKey, unknown>) : {};
  const child = setKeys(base[key], rest, value);
  if (base[key] === child && key in base) return node;
  return { ...base, [key]: child };
}

/** Returns a new root with `value` at `path`; untouched branches keep their identity (cheap memo checks). */
export function setAt<T>(root: T, path: string, value: unknown): T {
  const keys = parsePath(path);
  if (keys.length === 0) return value as T;
  if (Object.is(getAt(root, path), value)) return root;
  return setKeys(root, keys, value) as T;
}
