// A stand-in mail server for the subscription journey: `node --import tsx e2e/support/mail-catcher.ts <smtpPort> <httpPort>`.
// SMTP on 127.0.0.1:<smtpPort> accepts every mail (no TLS, no auth); http://127.0.0.1:<httpPort>/mails lists them as JSON
// ({ to, subject, text, html, messageId, listUnsubscribe, listUnsubscribePost }), DELETE /mails forgets them.
import { createServer } from "node:http";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

interface CaughtMail {
  to: string[];
  subject: string;
  text: string;
  html: string;
  messageId: string | null;
  listUnsubscribe: string | null;
  listUnsubscribePost: string | null;
  receivedAt: string;
}

const [smtpPort, httpPort] = process.argv.slice(2).map(Number);
if (!Number.isInteger(smtpPort) || !Number.isInteger(httpPort)) {
  console.error("usage: node --import tsx e2e/support/mail-catcher.ts <smtpPort> <httpPort>");
  process.exit(2);
}

const mails: CaughtMail[] = [];
const rawHeader = (lines: readonly { key: string; line: string }[], key: string) =>
  lines.find((h) => h.key === key)?.line.replace(/^[^:]+:\s*/, "") ?? null;

const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS", "AUTH"],
  logger: false,
  onData(stream, session, callback) {
    simpleParser(stream)
      .then((parsed) => {
        mails.push({
          to: session.envelope.rcptTo.map((r) => r.address),
          subject: parsed.subject ?? "",
          text: parsed.text ?? "",
          html: typeof parsed.html === "string" ? parsed.html : "",
          messageId: parsed.messageId ?? null,
          listUnsubscribe: rawHeader(parsed.headerLines, "list-unsubscribe"),
          listUnsubscribePost: rawHeader(parsed.headerLines, "list-unsubscribe-post"),
          receivedAt: new Date().toISOString(),
        });
        callback();
      })
      .catch(callback);
  },
});

const api = createServer((request, response) => {
  if (request.url === "/mails" && request.method === "GET") {
    response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(mails));
  } else if (request.url === "/mails" && request.method === "DELETE") {
    mails.length = 0;
    response.writeHead(204).end();
  } else if (request.url === "/health") {
    response.writeHead(200).end("ok");
  } else {
    response.writeHead(404).end();
  }
});

smtp.listen(smtpPort, "127.0.0.1", () => {
  api.listen(httpPort, "127.0.0.1", () => console.log(`[mail-catcher] SMTP 127.0.0.1:${smtpPort}, mails at http://127.0.0.1:${httpPort}/mails`));
});

const stop = () => {
  api.close();
  smtp.close(() => process.exit(0));
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
