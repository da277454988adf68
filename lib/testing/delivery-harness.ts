// Tests only: a demo database and a real receiver on loopback (an SMTP server, or a webhook endpoint), set up before
// and torn down after a describe block; subscribers, the outbox and what was received are emptied before each test.
import { afterAll, beforeAll, beforeEach } from "vitest";
import { createMailer } from "@/lib/notifications/mailer";
import type { processDueDeliveries } from "@/lib/notifications/process";
import { stopNotificationWorker } from "@/lib/notifications/worker";
import { type DatabaseKind, openDemoDatabase } from "@/lib/testing/databases";
import { PUBLIC_URL, resetSubscriptions } from "@/lib/testing/notification-fixture";
import { startSmtpCatcher, startWebhookReceiver } from "@/lib/testing/receivers";

type DeliveryDeps = Parameters<typeof processDueDeliveries>[0];

export function useMailDeliveryHarness(kind: DatabaseKind) {
  const harness = {} as { smtp: Awaited<ReturnType<typeof startSmtpCatcher>>; deps: DeliveryDeps };
  let dispose: () => Promise<void>;
  beforeAll(async () => {
    ({ dispose } = await openDemoDatabase(kind, new Date()));
    harness.smtp = await startSmtpCatcher();
    harness.deps = {
      mailer: createMailer({ host: "127.0.0.1", port: harness.smtp.port, secure: false, from: "Status <status@example.com>" }),
      publicUrl: PUBLIC_URL,
      webhookTargets: { allowPrivateNetworks: false },
    };
  });
  afterAll(async () => {
    harness.deps?.mailer?.close();
    await harness.smtp?.close();
    await dispose?.();
  });
  beforeEach(async () => {
    harness.smtp.mails.length = 0;
    await resetSubscriptions();
  });
  return harness;
}

/** Deliveries go to the webhook receiver (WEBHOOK_ONLY_DEPS); a notification worker a test started is stopped after. */
export function useWebhookDeliveryHarness(kind: DatabaseKind) {
  const harness = {} as { receiver: Awaited<ReturnType<typeof startWebhookReceiver>> };
  let dispose: () => Promise<void>;
  beforeAll(async () => {
    ({ dispose } = await openDemoDatabase(kind, new Date()));
    harness.receiver = await startWebhookReceiver();
  });
  afterAll(async () => {
    await stopNotificationWorker();
    await harness.receiver?.close();
    await dispose?.();
  });
  beforeEach(async () => {
    harness.receiver.reset();
    await resetSubscriptions();
  });
  return harness;
}
