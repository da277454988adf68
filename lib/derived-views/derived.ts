// Views derived from the public model, kept per part of it. A change read gives a new model that shares every
// unchanged part (and every unchanged incident) with the one before, so a view derived from a part, or from one
// incident, is derived once and reused by every model holding that part: a render after a change pays for what
// changed, not for all 10,000 incidents again. Kept on globalThis because Next bundles its own copy of a module
// per route: one derivation serves the page, the widget, the badges and the API alike. Weak maps: a part no model
// holds any more is collected with its views.

type Registry = Map<string, WeakMap<object, unknown>>;
const globalRegistry = globalThis as typeof globalThis & { __beaconDerivedViews?: Registry };

function cacheNamed(name: string): WeakMap<object, unknown> {
  globalRegistry.__beaconDerivedViews ??= new Map();
  let cache = globalRegistry.__beaconDerivedViews.get(name);
  if (!cache) {
    cache = new WeakMap();
    globalRegistry.__beaconDerivedViews.set(name, cache);
  }
  return cache;
}

/** `derive(key)`, once per key object under `name`. `derive` must be a pure function of `key`. */
export function derivedOnce<K extends object, V>(name: string, key: K, derive: (key: K) => V): V {
  const cache = cacheNamed(name);
  if (cache.has(key)) return cache.get(key) as V;
  const value = derive(key);
  cache.set(key, value);
  return value;
}

/**
 * `derive(key)` kept per key object while `same` holds between what it was derived with and `inputs` now (further
 * inputs that are not part of the key object: another part, a time zone).
 */
export function derivedWith<K extends object, I, V>(
  name: string,
  key: K,
  inputs: I,
  same: (a: I, b: I) => boolean,
  derive: (key: K, inputs: I) => V,
): V {
  const cache = cacheNamed(name) as WeakMap<K, { inputs: I; value: V }>;
  const known = cache.get(key);
  if (known && same(known.inputs, inputs)) return known.value;
  const value = derive(key, inputs);
  cache.set(key, { inputs, value });
  return value;
}
