/** "231 ms", or a dash when the check measured nothing (a failure before a response, a heartbeat). */
export function formatResponseTime(ms: number | null | undefined): string {
  return ms === null || ms === undefined ? "—" : `${ms} ms`;
}

/** What a check found, in a few words: "200", "200 · timeout after 10000 ms". */
export function describeCheck(check: { ok: boolean; statusCode: number | null; error: string | null; note?: string | null }): string {
  if (check.note) return `deploy signal: ${check.note}`;
  const parts = [check.statusCode === null ? null : String(check.statusCode), check.error].filter(Boolean);
  return parts.length ? parts.join(" · ") : check.ok ? "ok" : "failed";
}
