// A stand-in mail server for the subscription journey: `node --import tsx e2e/support/mail-catcher.ts <smtpPort> <httpPort>`.
// SMTP on 127.0.0.1:<smtpPort> accepts every mail (no TLS, no auth); http://127.0.0.1:<httpPort>/mails lists them as JSON
// ({ to, subject, text, html, messageId, listUnsubscribe, listUnsubscribePost }), DELETE /mails forgets them.
import { createServer } from "node:http";
import { type CaughtMail, startSmtpCatcher } from "@/lib/testing/receivers";

const [smtpPort, httpPort] = process.argv.slice(2).map(Number);
if (!Number.isInteger(smtpPort) || !Number.isInteger(httpPort)) {
  console.error("usage: node --import tsx e2e/support/mail-catcher.ts <smtpPort> <httpPort>");
  process.exit(2);
}

const rawHeader = ({ parsed }: CaughtMail, key: string) =>
  parsed.headerLines.find((h) => h.key === key)?.line.replace(/^[^:]+:\s*/, "") ?? null;

/** What the journey reads of a caught mail. */
const asJson = (mail: CaughtMail) => ({
  to: mail.envelopeTo,
  subject: mail.parsed.subject ?? "",
  text: mail.parsed.text ?? "",
  html: typeof mail.parsed.html === "string" ? mail.parsed.html : "",
  messageId: mail.parsed.messageId ?? null,
  listUnsubscribe: rawHeader(mail, "list-unsubscribe"),
  listUnsubscribePost: rawHeader(mail, "list-unsubscribe-post"),
  receivedAt: mail.receivedAt.toISOString(),
});

const smtp = await startSmtpCatcher(smtpPort);
const { mails } = smtp;

const api = createServer((request, response) => {
  if (request.url === "/mails" && request.method === "GET") {
    response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(mails.map(asJson)));
  } else if (request.url === "/mails" && request.method === "DELETE") {
    mails.length = 0;
    response.writeHead(204).end();
  } else if (request.url === "/health") {
    response.writeHead(200).end("ok");
  } else {
    response.writeHead(404).end();
  }
});

api.listen(httpPort, "127.0.0.1", () =>
  console.log(`[mail-catcher] SMTP 127.0.0.1:${smtpPort}, mails at http://127.0.0.1:${httpPort}/mails`),
);

const stop = () => {
  api.close();
  void smtp.close().then(() => process.exit(0));
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
