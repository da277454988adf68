// BMAD-DEPLOY-001: `CREATE EXTENSION "vector" WITH VERSION "0.5.1"` failed on a server that lacked that
// version and took production down for 33 minutes. Migrations must let Postgres pick the version.

const PINNED_EXTENSION = /create\s+extension\b[^;]*?\bversion\b/gi;
const SQL_COMMENT = /--[^\n]*|\/\*[\s\S]*?\*\//g;

/** Returns each `CREATE EXTENSION … VERSION …` statement in the SQL (comments ignored). */
export function findPinnedExtensionVersions(sql: string): string[] {
  return [...sql.replace(SQL_COMMENT, "").matchAll(PINNED_EXTENSION)].map((m) => m[0].replace(/\s+/g, " ").trim());
}
