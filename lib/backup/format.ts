// Beacon's portable backup: JSON lines, the same for PGlite and Postgres. Line 1 is the header, then one line per
// row in foreign-key order (parents first), then a trailer with each table's row count, so a cut-off file is refused.

export const BACKUP_FORMAT = "beacon-backup";
export const BACKUP_VERSION = 1;

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  version: number;
  createdAt: string;
  /** The database the backup came from: "postgres" or "pglite" (informative; restore works into either). */
  source: string;
  /** The migrations applied to the source: restore migrates the target to exactly these before loading rows. */
  migrations: string[];
  /** The tables in the order their rows follow. */
  tables: string[];
}

export interface BackupRowLine {
  table: string;
  row: Record<string, unknown>;
}

export interface BackupTrailer {
  end: true;
  counts: Record<string, number>;
}

/** A backup file that is not one, or is from a format version this Beacon cannot read. */
export class BackupFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "BackupFormatError";
  }
}

export function parseHeader(line: string | undefined): BackupHeader {
  let header: Partial<BackupHeader>;
  try {
    header = JSON.parse(line ?? "");
  } catch {
    throw new BackupFormatError("not a Beacon backup: the first line is not JSON");
  }
  if (header.format !== BACKUP_FORMAT) throw new BackupFormatError("not a Beacon backup: its header names no beacon-backup format");
  if (header.version !== BACKUP_VERSION) {
    throw new BackupFormatError(`backup format version ${header.version} is not supported (this Beacon reads version ${BACKUP_VERSION})`);
  }
  if (!Array.isArray(header.migrations) || !Array.isArray(header.tables))
    throw new BackupFormatError("backup header lacks migrations or tables");
  return header as BackupHeader;
}
