import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { type ClaimedMonitor, releaseMonitorClaim } from "./claim-due-monitors";

interface RunningCheck {
  claim: ClaimedMonitor;
  /** The check is over and its result is being stored: it is no longer released, only awaited. */
  recording: boolean;
  released: boolean;
  done: Promise<void>;
}

/** The checks this process has claimed and not yet recorded, so a shutdown can wait for them or hand them back. */
export class RunningChecks {
  private checks = new Set<RunningCheck>();

  get size(): number {
    return this.checks.size;
  }

  /** Runs `work` beside the caller; `work` asks `released()` before recording, and calls `recording()` then. */
  launch(claim: ClaimedMonitor, work: (check: { released(): boolean; recording(): void }) => Promise<void>): void {
    const check: RunningCheck = { claim, recording: false, released: false, done: Promise.resolve() };
    const markRecording = () => {
      check.recording = true;
    };
    check.done = work({ released: () => check.released, recording: markRecording }).finally(() => this.checks.delete(check));
    this.checks.add(check);
  }

  /** Resolves once every check launched so far is over (recorded, failed, or — when released — abandoned). */
  async idle(): Promise<void> {
    while (this.checks.size > 0) await Promise.allSettled([...this.checks].map((c) => c.done));
  }

  /**
   * Waits up to `graceMs` for the running checks to be recorded; then releases those still checking (another
   * process runs them at once) and waits only for those already being recorded. Returns how many were released.
   */
  async settle(prisma: () => Promise<PrismaClient>, graceMs: number): Promise<number> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const graceOver = new Promise<void>((resolve) => (timer = setTimeout(resolve, graceMs)));
    await Promise.race([this.idle(), graceOver]);
    clearTimeout(timer);
    const unfinished = [...this.checks].filter((c) => !c.recording && !c.released);
    for (const check of unfinished) check.released = true; // before any await: a check finishing now must not record
    let released = 0;
    if (unfinished.length > 0) {
      const client = await prisma();
      for (const check of unfinished) if (await releaseMonitorClaim(client, check.claim)) released++;
    }
    await Promise.allSettled([...this.checks].filter((c) => !c.released).map((c) => c.done));
    return released;
  }
}
