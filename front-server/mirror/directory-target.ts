import { randomBytes } from "node:crypto";
import { mkdir, readFile, rename, rm, rmdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { MirrorObject } from "./mirror-objects";
import { MANIFEST_NAME, type MirrorManifest, type MirrorTarget } from "./mirror-target";

/** A local folder any web server (nginx, Caddy) or rsync can serve. Each file is replaced whole (written, then renamed). */
export function directoryTarget(dir: string): MirrorTarget {
  const root = path.resolve(dir);
  const fileOf = (name: string) => {
    const file = path.resolve(root, name);
    if (!file.startsWith(root + path.sep)) throw new Error(`mirror object outside the mirror folder: ${name}`);
    return file;
  };
  const replace = async (file: string, body: Buffer | string) => {
    await mkdir(path.dirname(file), { recursive: true });
    const temporary = `${file}.${randomBytes(6).toString("hex")}.tmp`;
    await writeFile(temporary, body);
    await rename(temporary, file);
  };
  return {
    kind: "directory",
    where: root,
    async readManifest() {
      const text = await readFile(fileOf(MANIFEST_NAME), "utf8").catch(() => null);
      return text === null ? null : parseManifest(text);
    },
    put: (object: MirrorObject) => replace(fileOf(object.name), object.body),
    async remove(names) {
      for (const name of names) {
        const file = fileOf(name);
        await rm(file, { force: true });
        // Folders an export emptied (a removed incident's) go too; rmdir refuses any that still hold something.
        for (let folder = path.dirname(file); folder !== root; folder = path.dirname(folder)) {
          if (
            !(await rmdir(folder).then(
              () => true,
              () => false,
            ))
          )
            break;
        }
      }
    },
    writeManifest: (manifest) => replace(fileOf(MANIFEST_NAME), JSON.stringify(manifest)),
  };
}

/** A manifest read back; anything unreadable counts as none (every object is then written again). */
export function parseManifest(text: string): MirrorManifest | null {
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) return null;
    const entries = Object.entries(parsed).filter((entry): entry is [string, string] => typeof entry[1] === "string");
    return Object.fromEntries(entries);
  } catch {
    return null;
  }
}
