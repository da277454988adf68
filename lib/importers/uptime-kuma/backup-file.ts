import "server-only";
import { readFile } from "node:fs/promises";
import { z } from "zod";

// An Uptime Kuma JSON backup (Settings → Backup → Export: `{ version, notificationList, monitorList }`), read
// leniently: only the monitor fields Beacon can use; Kuma writes numbers and booleans loosely (0/1, "1").

const flag = z.union([z.boolean(), z.number(), z.string()]).transform((v) => v === true || v === 1 || v === "1" || v === "true");
const int = z
  .union([z.number(), z.string()])
  .transform((v) => Number(v))
  .pipe(z.number().finite());

export const kumaMonitor = z.object({
  id: int,
  name: z.string(),
  description: z.string().nullish(),
  type: z.string(),
  parent: int.nullish(),
  active: flag.catch(true),
  url: z.string().nullish(),
  method: z.string().nullish(),
  headers: z.string().nullish(),
  body: z.string().nullish(),
  hostname: z.string().nullish(),
  port: int.nullish(),
  keyword: z.string().nullish(),
  jsonPath: z.string().nullish(),
  expectedValue: z.string().nullish(),
  interval: int.catch(60),
  timeout: int.nullish(),
  maxretries: int.catch(0),
  maxredirects: int.catch(10),
  accepted_statuscodes: z.array(z.string()).nullish(),
});
export type KumaMonitor = z.infer<typeof kumaMonitor>;

export async function readKumaBackup(file: string): Promise<{ version: string | null; monitors: KumaMonitor[] }> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, "utf8"));
  } catch (error) {
    throw new Error(`${file} is not a JSON file: ${(error as Error).message}`);
  }
  const parsed = z.object({ version: z.string().nullish(), monitorList: z.array(kumaMonitor) }).safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${file} is not an Uptime Kuma backup: ${issue?.path.join(".")} ${issue?.message}`);
  }
  return { version: parsed.data.version ?? null, monitors: parsed.data.monitorList };
}
