// Tests only: a real SMTP server and a real HTTP webhook receiver on loopback (the SMTP one also serves the
// end-to-end journey through e2e/support/mail-catcher.ts).
import { createServer, type IncomingHttpHeaders, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { type ParsedMail, simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

export interface CaughtMail {
  envelopeTo: string[];
  parsed: ParsedMail;
  receivedAt: Date;
}

/** An SMTP server that accepts every mail (no TLS, no auth) and keeps it parsed; on a port the OS picks by default. */
export async function startSmtpCatcher(port = 0) {
  const mails: CaughtMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          mails.push({ envelopeTo: session.envelope.rcptTo.map((r) => r.address), parsed, receivedAt: new Date() });
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return {
    port: (server.server.address() as AddressInfo).port,
    mails,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export interface ReceivedHook {
  /** The request's path and query. */
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
  status: number;
}

/**
 * An HTTP receiver answering each POST with the next status in `plan` (then 200), recording what it got; after
 * `answerAfter(ms)` it answers that late (never, with Infinity), counting the requests that wait in `waiting`.
 */
export async function startWebhookReceiver() {
  const received: ReceivedHook[] = [];
  const plan: number[] = [];
  const held = new Set<ServerResponse>();
  const state = { delayMs: 0, waiting: 0 };
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const answer = () => {
        const status = plan.shift() ?? 200;
        received.push({ path: request.url ?? "", headers: request.headers, body: Buffer.concat(chunks).toString("utf8"), status });
        response.writeHead(status).end();
      };
      if (state.delayMs === 0) return answer();
      state.waiting++;
      held.add(response);
      if (Number.isFinite(state.delayMs)) setTimeout(answer, state.delayMs);
    });
  });
  const dropHeld = () => {
    for (const response of held) response.destroy();
    held.clear();
  };
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/hook`,
    received,
    /** Statuses for the next requests, in order. */
    answerWith: (...statuses: number[]) => plan.push(...statuses),
    answerAfter: (ms: number) => {
      state.delayMs = ms;
    },
    /** Requests that arrived while answers were delayed. */
    get waiting() {
      return state.waiting;
    },
    reset: () => {
      received.length = 0;
      plan.length = 0;
      state.delayMs = 0;
      state.waiting = 0;
      dropHeld();
    },
    close: () => {
      dropHeld();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
