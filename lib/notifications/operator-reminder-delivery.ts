import "server-only";
import type { IncidentImpact, IncidentStatus } from "@/lib/generated/prisma/enums";
import { escapeHtml } from "./chat-mentions";
import type { DeliveryDeps } from "./deliver";
import { formatWhen } from "./describe";
import { postWebhook } from "./send-webhook";

// Reminders to the people running the page (lib/reminders queues them): a quiet unresolved incident, a maintenance
// about to start. They ride the subscribers' outbox, so they are retried and sent once across instances.

export type ReminderPayload =
  | {
      event: "reminder.incident_quiet";
      incident: { id: string; name: string; status: IncidentStatus; impact: IncidentImpact };
      lastUpdateAt: string;
      quietMinutes: number;
    }
  | {
      event: "reminder.maintenance_starting";
      maintenance: { id: string; name: string; scheduledFor: string; scheduledUntil: string };
    };

export const ADMIN_WEBHOOK_RECIPIENT = "admin-webhook";

interface Page {
  name: string;
  url: string;
  timeZone: string;
}

/** Subject, one-paragraph text and the admin link of a reminder. */
export function describeReminder(reminder: ReminderPayload, page: Page): { subject: string; text: string; link: string } {
  if (reminder.event === "reminder.incident_quiet") {
    const { incident } = reminder;
    return {
      subject: `[${page.name}] Reminder: "${incident.name}" has had no update for ${reminder.quietMinutes} minutes`,
      text:
        `The incident "${incident.name}" is still ${incident.status} and its last update was posted ` +
        `${formatWhen(reminder.lastUpdateAt, page.timeZone)}. Readers are waiting: post an update or resolve it.`,
      link: `${page.url}/admin/incidents/${incident.id}`,
    };
  }
  const { maintenance } = reminder;
  return {
    subject: `[${page.name}] Reminder: maintenance "${maintenance.name}" starts ${formatWhen(maintenance.scheduledFor, page.timeZone)}`,
    text:
      `The maintenance "${maintenance.name}" starts ${formatWhen(maintenance.scheduledFor, page.timeZone)} and ends ` +
      `${formatWhen(maintenance.scheduledUntil, page.timeZone)}.`,
    link: `${page.url}/admin/maintenance/${maintenance.id}`,
  };
}

export async function sendOperatorReminder(
  recipient: string,
  deliveryId: string,
  reminder: ReminderPayload,
  page: Page,
  deps: DeliveryDeps,
): Promise<void> {
  const { subject, text, link } = describeReminder(reminder, page);
  if (recipient === ADMIN_WEBHOOK_RECIPIENT) {
    if (!deps.adminWebhookUrl) throw new Error("BEACON_ADMIN_WEBHOOK_URL is no longer set");
    // `text` shows in Slack, Mattermost and Teams-compatible receivers; the rest is for programs.
    const body = JSON.stringify({ text: `${subject}\n${text}\n${link}`, event: reminder.event, page: page.name, url: link, reminder });
    await postWebhook(
      deps.adminWebhookUrl,
      body,
      { "Beacon-Delivery-Id": deliveryId, "Beacon-Event": reminder.event },
      {
        timeoutMs: deps.webhookTimeoutMs,
        targets: deps.webhookTargets,
      },
    );
    return;
  }
  if (!deps.mailer) throw new Error("SMTP is not configured (BEACON_SMTP_HOST, BEACON_SMTP_FROM)");
  await deps.mailer.send({
    to: recipient.replace(/^email:/, ""),
    subject,
    text: `${text}\n\n${link}\n`,
    html: `<p>${escapeHtml(text)}</p><p><a href="${escapeHtml(link)}">Open it in the admin</a></p>`,
    messageId: `<${deliveryId}@${new URL(page.url).hostname}>`,
    headers: { "Beacon-Delivery-Id": deliveryId, "Auto-Submitted": "auto-generated" },
  });
}
