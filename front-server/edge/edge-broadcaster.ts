import type { Worker } from "node:cluster";
import type { PageAccessRule } from "@/lib/page-access/access-rule";
import type { PageRoutes } from "@/lib/page-addressing/addressing";
import type { PreparedResponse } from "../prepared-response";
import type { EdgeMessage } from "./edge-messages";

/**
 * The primary's side: sends each public response to the edge workers once (again only when it changed), and tells
 * them to drop everything when the store changes or its health does.
 */
export class EdgeBroadcaster {
  private readonly workers = new Set<Worker>();
  private readonly sent = new Map<string, PreparedResponse>();
  private access: Extract<EdgeMessage, { type: "access" }> | undefined;
  private routes?: PageRoutes;

  add(worker: Worker) {
    this.workers.add(worker);
    worker.once("exit", () => this.workers.delete(worker));
    // A message to a worker that is exiting fails with EPIPE on its channel: it is being replaced, not an error here.
    worker.on("error", (error) => console.error(`[beacon] edge worker channel: ${error.message}`));
    // Before any response: a worker never holds a private page's bytes without the rule that gates them.
    if (this.access) this.send(worker, this.access);
    if (this.routes) this.send(worker, { type: "pages", routes: this.routes });
    for (const [key, response] of this.sent) this.send(worker, { type: "entry", key, response });
  }

  /** A response the primary just answered or rendered for `key`. */
  offer(key: string, response: PreparedResponse) {
    if (this.sent.get(key) === response) return;
    this.sent.set(key, response);
    for (const worker of this.workers) this.send(worker, { type: "entry", key, response });
  }

  /** Only keys the workers already hold: a background re-render refreshes them, and nothing more. */
  refresh(key: string, response: PreparedResponse) {
    if (this.sent.has(key)) this.offer(key, response);
  }

  /** The primary no longer holds `key`: neither do the workers, so they hold no more than its bounded cache. */
  forget(key: string) {
    if (!this.sent.delete(key)) return;
    for (const worker of this.workers) this.send(worker, { type: "forget", key });
  }

  /** Who may read each page changed (or the viewer key became known): every worker gates with it from now on. */
  setAccess(rules: PageAccessRule[], viewerKey: string | undefined) {
    this.access = { type: "access", rules, viewerKey };
    for (const worker of this.workers) this.send(worker, this.access);
  }

  /** Which page each request is for: sent before any response of the model they come from. */
  pages(routes: PageRoutes | undefined) {
    if (!routes || routes === this.routes) return;
    this.routes = routes;
    for (const worker of this.workers) this.send(worker, { type: "pages", routes });
  }

  keys(): string[] {
    return [...this.sent.keys()];
  }

  clear() {
    this.sent.clear();
    for (const worker of this.workers) this.send(worker, { type: "clear" });
  }

  private send(worker: Worker, message: EdgeMessage) {
    if (worker.isConnected()) worker.send(message);
  }
}
