import type { FormState } from "@/lib/admin-actions/form-state";

/** What the monitor forms show after a success: the monitor just added (a heartbeat's push URL, this once), or saved. */
export interface MonitorFormAnswer {
  created?: { id: string; name: string; heartbeatUrl: string | null };
  saved?: true;
  /** Saved, but the runner will refuse the target as things stand (private address, no DNS). */
  warning?: string;
}

export type MonitorFormState = FormState<MonitorFormAnswer>;
