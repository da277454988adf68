// The size of a text as the server measures it (UTF-8 bytes), told the way a person reads it.

const KIB = 1024;

export function utf8Bytes(text: string): number {
  return new TextEncoder().encode(text).length;
}

/** "512 bytes", "1.5 KiB", "64 KiB". */
export function formatBytes(bytes: number): string {
  if (bytes < KIB) return `${bytes} ${bytes === 1 ? "byte" : "bytes"}`;
  return `${Math.round((bytes / KIB) * 10) / 10} KiB`;
}

/** What the counter under a large text field says, and whether it is over the limit. */
export function sizeCounter(text: string, maxBytes: number): { label: string; over: boolean } {
  const bytes = utf8Bytes(text);
  const chars = [...text].length;
  const over = bytes > maxBytes;
  const size = `${chars.toLocaleString("en")} ${chars === 1 ? "character" : "characters"}, ${formatBytes(bytes)} of ${formatBytes(maxBytes)}`;
  return { label: over ? `${size}: ${formatBytes(bytes - maxBytes)} over the limit` : size, over };
}
