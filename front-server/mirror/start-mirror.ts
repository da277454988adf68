import path from "node:path";
import { onShutdown } from "@/lib/lifecycle/shutdown";
import { mirrorSettingsOf } from "@/lib/mirror/mirror-settings";
import type { PublicSurfaceBridge } from "@/lib/public-surface/bridge";
import { keptHeaders, prepareResponse } from "../prepared-response";
import type { PublicCache } from "../public-cache";
import { directoryTarget } from "./directory-target";
import { MirrorExporter } from "./mirror-exporter";
import { type MirrorObject, objectsOfResponse, staticAssetObjects } from "./mirror-objects";
import type { MirrorTarget } from "./mirror-target";
import { s3Target } from "./s3-target";

/** Files outside Next's build output that the pages load. */
const EXTRA_ASSETS = ["/icon.svg"];

/**
 * Starts one exporter per target set in the environment (BEACON_MIRROR_DIR, BEACON_MIRROR_S3_*), in the process
 * that holds the prepared surface. Nothing starts when none is set.
 */
export function startStaticMirror(options: {
  bridge: PublicSurfaceBridge;
  cache: PublicCache;
  origin: () => string;
  env?: NodeJS.ProcessEnv;
}) {
  const settings = mirrorSettingsOf(options.env ?? process.env);
  if (!settings) return [];
  const targets: MirrorTarget[] = [];
  if (settings.dir) targets.push(directoryTarget(settings.dir));
  if (settings.s3) targets.push(s3Target(settings.s3));
  let assets: Promise<MirrorObject[]> | undefined;
  const loadAssets = () => {
    // Read once per process (the build does not change while it runs); again after a failure.
    assets ??= Promise.all([staticAssetObjects(path.join(process.cwd(), ".next")), fetchExtraAssets(options.origin())]).then(
      (parts) => parts.flat(),
      (error: unknown) => {
        assets = undefined;
        throw error;
      },
    );
    return assets;
  };
  const exporters = targets.map(
    (target) =>
      new MirrorExporter({
        target,
        bridge: options.bridge,
        lookup: (key) => options.cache.lookup(key),
        assets: loadAssets,
        log: (message) => console.error(message),
      }),
  );
  for (const exporter of exporters) exporter.start();
  onShutdown("static mirror", async () => {
    await Promise.all(exporters.map((exporter) => exporter.stop()));
  });
  return exporters;
}

async function fetchExtraAssets(origin: string): Promise<MirrorObject[]> {
  const objects: MirrorObject[] = [];
  for (const asset of EXTRA_ASSETS) {
    const answer = await fetch(`${origin}${asset}`, { headers: { "accept-encoding": "identity" } });
    if (!answer.ok) continue;
    const prepared = prepareResponse(200, keptHeaders(answer.headers.entries()), Buffer.from(await answer.arrayBuffer()));
    objects.push(...objectsOfResponse(asset, prepared));
  }
  return objects;
}
