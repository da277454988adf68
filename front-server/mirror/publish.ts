import { INDEX_NAME } from "./mirror-names";
import type { MirrorObject } from "./mirror-objects";
import type { MirrorManifest, MirrorTarget } from "./mirror-target";

export interface PublishResult {
  manifest: MirrorManifest;
  uploaded: number;
  removed: number;
}

const UPLOAD_CONCURRENCY = 8;

/** A page's front page (index.html and its siblings): written after everything it may link to. */
const isIndex = (name: string) =>
  name === INDEX_NAME || name.endsWith(`/${INDEX_NAME}`) || name.startsWith(`${INDEX_NAME}.`) || name.includes(`/${INDEX_NAME}.`);

/**
 * Writes the objects whose hash differs from what was last published, the index last (a reader never follows a
 * link to a page not written yet), then removes what the last export held and this one does not, then records
 * the manifest. Objects the mirror never wrote (others' files beside it) are never touched.
 */
export async function publish(
  target: MirrorTarget,
  objects: MirrorObject[],
  known: MirrorManifest | null,
  /** Names whose URL could not be read this time: what was published for them stays. */
  keep: ReadonlySet<string> = new Set(),
): Promise<PublishResult> {
  const before = known ?? (await target.readManifest()) ?? {};
  const changed = objects.filter((object) => before[object.name] !== object.hash);
  // Siblings first, the identity index.html very last.
  const last = changed
    .filter((object) => isIndex(object.name))
    .sort((a, b) => Number(a.name === INDEX_NAME) - Number(b.name === INDEX_NAME));
  const first = changed.filter((object) => !isIndex(object.name));
  await putAll(target, first);
  for (const object of last) await target.put(object);
  const manifest: MirrorManifest = Object.fromEntries(objects.map((object) => [object.name, object.hash]));
  for (const name of keep) if (before[name] !== undefined) manifest[name] ??= before[name];
  const gone = Object.keys(before).filter((name) => !(name in manifest));
  if (gone.length) await target.remove(gone);
  await target.writeManifest(manifest);
  return { manifest, uploaded: changed.length, removed: gone.length };
}

async function putAll(target: MirrorTarget, objects: MirrorObject[]) {
  const queue = [...objects];
  const worker = async () => {
    for (let object = queue.shift(); object; object = queue.shift()) await target.put(object);
  };
  await Promise.all(Array.from({ length: Math.min(UPLOAD_CONCURRENCY, queue.length) }, worker));
}
