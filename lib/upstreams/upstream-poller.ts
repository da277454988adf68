import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createFailureLog, messageOf } from "@/lib/jobs/failure-log";
import { createPeriodicJob } from "@/lib/jobs/periodic-job";
import type { TargetPolicy } from "@/lib/net/ssrf-guard";
import { applyPoll } from "./apply-poll";
import { claimDueUpstreams } from "./claim-due-upstreams";
import { fetchSummary, type Validators } from "./fetch-summary";

export interface UpstreamPollerOptions {
  prisma: () => Promise<PrismaClient>;
  policy: TargetPolicy;
  /** How often due upstreams are claimed. */
  tickMs?: number;
  /** Upstreams polled at once by this process. */
  maxConcurrentPolls?: number;
  /** The clock (tests drive it). */
  now?: () => Date;
  random?: () => number;
}

export interface UpstreamPoller {
  start(): void;
  /** Stops claiming; polls in flight end within their 10 s timeout (or are aborted) and are recorded. */
  stop(): Promise<void>;
  /** One claim-and-poll pass, resolved when its polls are recorded (tests drive it by hand). */
  tick(): Promise<void>;
  /** Upstreams this process has polled since it was created. */
  readonly polls: number;
}

export const UPSTREAM_POLLER_JOB = "upstream poller";

/** Polls due upstreams: each claim is one fetch, however many components mirror that page. */
export function createUpstreamPoller(options: UpstreamPollerOptions): UpstreamPoller {
  const { tickMs = 1_000, maxConcurrentPolls = 8, now = () => new Date(), random = Math.random } = options;
  const pollFailures = createFailureLog("upstream polls", "failed");
  let polls = 0;

  const job = createPeriodicJob({
    name: UPSTREAM_POLLER_JOB,
    intervalMs: tickMs,
    run: async (signal) => {
      const prisma = await options.prisma();
      const claimed = await claimDueUpstreams(prisma, now(), maxConcurrentPolls);
      polls += claimed.length;
      await Promise.all(
        claimed.map(async ({ id }) => {
          try {
            const upstream = await prisma.upstream.findUnique({ where: { id }, select: { url: true, etag: true, lastModified: true } });
            if (!upstream) return;
            const validators: Validators = { etag: upstream.etag, lastModified: upstream.lastModified };
            const fetchedAt = now();
            const outcome = await fetchSummary(upstream.url, validators, options.policy, signal);
            await applyPoll(prisma, { upstreamId: id, fetchedAt, outcome, random: random() });
            pollFailures.succeeded();
          } catch (error) {
            pollFailures.failed(`upstream ${id}: ${messageOf(error)}`);
          }
        }),
      );
    },
  });

  return {
    start: () => job.start(),
    stop: () => job.stop(),
    tick: () => job.runOnce(),
    get polls() {
      return polls;
    },
  };
}
