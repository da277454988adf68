import "server-only";
import pg from "pg";
import type { ChangeFollower } from "./database";

// A dedicated connection (not from the pool) that LISTENs for change notices and proves every few seconds that
// the store still answers. A frozen server never closes the socket, so silence is detected by a timed probe,
// not by waiting for an error.
const PROBE_EVERY_MS = 2_000;
const RECONNECT_AFTER_MS = 1_000;

export interface PostgresFollowOptions {
  url: string;
  connectTimeoutMs: number;
  probeTimeoutMs?: number;
}

export function followPostgresChanges(options: PostgresFollowOptions, channel: string, follower: ChangeFollower): () => void {
  let stopped = false;
  let client: pg.Client | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const probeTimeoutMs = options.probeTimeoutMs ?? Math.min(options.connectTimeoutMs, 1_500);

  const drop = () => {
    const dead = client;
    client = null;
    if (!dead) return;
    dead.removeAllListeners("notification");
    dead.on("error", () => undefined);
    // end() waits for the server to answer, which a frozen server never does: cut the socket instead.
    (dead as unknown as { connection?: { stream?: { destroy(): void } } }).connection?.stream?.destroy();
  };

  const schedule = (work: () => Promise<void>, ms: number) => {
    if (stopped) return;
    timer = setTimeout(() => void work(), ms);
    timer.unref?.();
  };

  const fail = () => {
    drop();
    follower.onHealth(false);
    schedule(connect, RECONNECT_AFTER_MS);
  };

  const probe = async () => {
    if (!client) return;
    try {
      await client.query({ text: "SELECT 1", query_timeout: probeTimeoutMs } as pg.QueryConfig);
      follower.onHealth(true);
      schedule(probe, PROBE_EVERY_MS);
    } catch {
      fail();
    }
  };

  async function connect() {
    const next = new pg.Client({
      connectionString: options.url,
      connectionTimeoutMillis: options.connectTimeoutMs,
      query_timeout: probeTimeoutMs,
      application_name: "beacon-change-feed",
    });
    next.on("error", () => (client === next ? fail() : undefined));
    next.on("end", () => (client === next ? fail() : undefined));
    try {
      client = next;
      await next.connect();
      next.on("notification", (message) => (message.channel === channel ? follower.onChange(message.payload) : undefined));
      await next.query(`LISTEN "${channel}"`);
      if (stopped) return drop();
      follower.onHealth(true);
      follower.onChange(); // anything may have changed while we were not listening: resync everything
      schedule(probe, PROBE_EVERY_MS);
    } catch {
      if (client === next) fail();
    }
  }

  void connect();
  return () => {
    stopped = true;
    clearTimeout(timer);
    drop();
  };
}
