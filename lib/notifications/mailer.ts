import "server-only";
import nodemailer from "nodemailer";
import type { SmtpSettings } from "@/lib/env";

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  messageId: string;
  /** Shown as the sender's name, at the configured sender's address (a page's name). */
  fromName?: string;
  headers: Record<string, string>;
}
export interface Mailer {
  from: string;
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

// Bounded waits so a hung SMTP server fails the attempt (and it is retried) well within the delivery's lease.
const TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 };

/** Sends through the configured SMTP server, pooled: one connection serves many notifications. */
export function createMailer(smtp: SmtpSettings): Mailer {
  const transport = nodemailer.createTransport({
    host: smtp.host,
    port: smtp.port,
    secure: smtp.secure,
    pool: true,
    ...(smtp.user ? { auth: { user: smtp.user, pass: smtp.password ?? "" } } : {}),
    ...TIMEOUTS,
  });
  return {
    from: smtp.from,
    async send({ fromName, ...mail }) {
      await transport.sendMail({ from: fromName ? { name: fromName, address: addressOf(smtp.from) } : smtp.from, ...mail });
    },
    close: () => transport.close(),
  };
}

/** The bare address of a From setting, which may be `Name <address>` or just the address. */
export function addressOf(from: string): string {
  return /<([^<>]+)>\s*$/.exec(from)?.[1]?.trim() ?? from.trim();
}
