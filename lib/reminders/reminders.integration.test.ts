import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/boot";
import { addIncidentUpdate } from "@/lib/incidents/add-update";
import { createIncident } from "@/lib/incidents/create";
import { createMaintenance } from "@/lib/maintenance/create";
import { createMailer } from "@/lib/notifications/mailer";
import { processDueDeliveries } from "@/lib/notifications/process";
import { DATABASE_KINDS, openDemoDatabase } from "@/lib/testing/databases";
import { alice, dataOf, PUBLIC_URL, resetSubscriptions, WEBHOOK_ONLY_DEPS } from "@/lib/testing/notification-fixture";
import { startSmtpCatcher, startWebhookReceiver } from "@/lib/testing/receivers";
import { queueDueReminders } from "./queue-reminders";
import { reminderTimes, updateReminderTimes } from "./settings";

const MINUTE = 60_000;
const settings = { quietMinutes: 60, leadMinutes: 60, mail: true, adminWebhook: true };
const bob = { type: "user" as const, id: "u_bob", label: "bob@example.com" };

describe.each(DATABASE_KINDS)("operator reminders on %s", (kind) => {
  let dispose: () => Promise<void>;
  let smtp: Awaited<ReturnType<typeof startSmtpCatcher>>;
  let hook: Awaited<ReturnType<typeof startWebhookReceiver>>;
  let deps: Parameters<typeof processDueDeliveries>[0];
  beforeAll(async () => {
    ({ dispose } = await openDemoDatabase(kind, new Date()));
    smtp = await startSmtpCatcher();
    hook = await startWebhookReceiver();
    deps = {
      ...WEBHOOK_ONLY_DEPS,
      mailer: createMailer({ host: "127.0.0.1", port: smtp.port, secure: false, from: "Status <status@example.com>" }),
      adminWebhookUrl: hook.url,
    };
    const prisma = await getPrisma();
    for (const who of [alice, bob]) await prisma.user.create({ data: { id: who.id!, email: who.label, name: who.label } });
  });
  afterAll(async () => {
    deps.mailer?.close();
    await Promise.all([smtp.close(), hook.close()]);
    await dispose();
  });
  beforeEach(async () => {
    smtp.mails.length = 0;
    hook.reset();
    await resetSubscriptions();
    const prisma = await getPrisma();
    await prisma.operatorReminder.deleteMany();
    await prisma.incident.deleteMany();
    await prisma.scheduledMaintenance.deleteMany();
  });

  it("an incident quiet for an hour reminds the admins who posted to it, by mail and webhook, once per quiet period", async () => {
    const prisma = await getPrisma();
    const { incident } = dataOf(await createIncident({ actor: alice }, { name: "API errors", impact: "major", message: "Looking." }));
    dataOf(await addIncidentUpdate({ actor: bob }, incident.id, { status: "identified", message: "Found it." }));
    const posted = (await prisma.incidentUpdate.findFirstOrThrow({ where: { incidentId: incident.id }, orderBy: { createdAt: "desc" } }))
      .createdAt;

    expect(await queueDueReminders(prisma, new Date(posted.getTime() + 59 * MINUTE), settings)).toEqual([]);
    const hourLater = new Date(posted.getTime() + 60 * MINUTE);
    expect(await queueDueReminders(prisma, hourLater, settings)).toHaveLength(1);
    // Another tick, or another instance, in the same quiet period: nothing more.
    const [again, other] = await Promise.all([
      queueDueReminders(prisma, new Date(hourLater.getTime() + 5 * MINUTE), settings),
      queueDueReminders(prisma, new Date(hourLater.getTime() + 5 * MINUTE), settings),
    ]);
    expect([...again, ...other]).toEqual([]);

    const batch = await processDueDeliveries(deps, { now: () => hourLater });
    expect(batch, JSON.stringify(await prisma.notificationDelivery.findMany({ select: { lastError: true } }))).toMatchObject({
      delivered: 3,
    });
    expect(smtp.mails.flatMap((m) => m.envelopeTo).sort()).toEqual(["alice@example.com", "bob@example.com"]);
    const mail = smtp.mails[0].parsed;
    expect(mail.subject).toMatch(/Reminder: "API errors" has had no update for 60 minutes/);
    expect(mail.text).toContain(`${PUBLIC_URL}/admin/incidents/${incident.id}`);
    expect(hook.received).toHaveLength(1);
    expect(JSON.parse(hook.received[0].body)).toMatchObject({
      event: "reminder.incident_quiet",
      text: expect.stringContaining("API errors"),
      url: `${PUBLIC_URL}/admin/incidents/${incident.id}`,
      reminder: { incident: { id: incident.id, status: "identified" }, quietMinutes: 60 },
    });

    // A new update starts a new quiet period: one more reminder an hour after it.
    dataOf(await addIncidentUpdate({ actor: alice }, incident.id, { status: "monitoring", message: "Fix deployed." }));
    const latest = await prisma.incidentUpdate.findFirstOrThrow({ where: { incidentId: incident.id }, orderBy: { createdAt: "desc" } });
    expect(await queueDueReminders(prisma, new Date(latest.createdAt.getTime() + 61 * MINUTE), settings)).toEqual([
      `incident-quiet:${incident.id}:${latest.id}`,
    ]);
  });

  it("a resolved incident reminds no one", async () => {
    const prisma = await getPrisma();
    const { incident } = dataOf(await createIncident({ actor: alice }, { name: "Blip", impact: "minor", message: "Looking." }));
    dataOf(await addIncidentUpdate({ actor: alice }, incident.id, { status: "resolved", message: "Gone." }));
    expect(await queueDueReminders(prisma, new Date(Date.now() + 24 * 60 * MINUTE), settings)).toEqual([]);
  });

  it("a maintenance reminds who scheduled it an hour before it starts", async () => {
    const prisma = await getPrisma();
    const start = new Date(Math.ceil((Date.now() + 3 * 60 * MINUTE) / MINUTE) * MINUTE);
    const { maintenance } = dataOf(
      await createMaintenance(
        { actor: bob },
        {
          name: "DB upgrade",
          message: "Upgrading.",
          componentIds: [],
          noComponents: true,
          scheduledFor: start.toISOString(),
          scheduledUntil: new Date(start.getTime() + 60 * MINUTE).toISOString(),
        },
      ),
    );
    expect(await queueDueReminders(prisma, new Date(start.getTime() - 61 * MINUTE), settings)).toEqual([]);
    const hourBefore = new Date(start.getTime() - 60 * MINUTE);
    expect(await queueDueReminders(prisma, hourBefore, settings)).toEqual([`maintenance-start:${maintenance.id}:${start.toISOString()}`]);
    expect(await queueDueReminders(prisma, new Date(start.getTime() - 30 * MINUTE), settings)).toEqual([]);
    await processDueDeliveries(deps, { now: () => hourBefore });
    expect(smtp.mails.map((m) => m.envelopeTo)).toEqual([["bob@example.com"]]);
    expect(smtp.mails[0].parsed.subject).toContain('Reminder: maintenance "DB upgrade" starts');
    expect(JSON.parse(hook.received[0].body)).toMatchObject({ event: "reminder.maintenance_starting" });
  });

  it("an owner's reminder times replace the environment's defaults, validated and audited; blank brings the default back", async () => {
    const prisma = await getPrisma();
    const defaults = { quietMinutes: 60, leadMinutes: 60 };
    expect(await reminderTimes(prisma, defaults)).toEqual(defaults);
    expect(await updateReminderTimes(alice, { quietMinutes: "2", maintenanceLeadMinutes: "" })).toMatchObject({
      ok: false,
      error: { fields: { quietMinutes: ["quietMinutes must be at least 5 minutes"] } },
    });
    expect(await updateReminderTimes(alice, { quietMinutes: "soon" })).toMatchObject({
      ok: false,
      error: { fields: { quietMinutes: expect.any(Array) } },
    });
    expect(await updateReminderTimes(alice, { quietMinutes: "15", maintenanceLeadMinutes: "" })).toMatchObject({
      ok: true,
      data: { quietMinutes: 15, maintenanceLeadMinutes: null },
    });
    const times = await reminderTimes(prisma, defaults);
    expect(times).toEqual({ quietMinutes: 15, leadMinutes: 60 });

    // The quiet incident reminds after the owner's 15 minutes.
    const { incident } = dataOf(await createIncident({ actor: alice }, { name: "Slow search", impact: "minor", message: "Looking." }));
    const posted = (await prisma.incidentUpdate.findFirstOrThrow({ where: { incidentId: incident.id } })).createdAt;
    expect(await queueDueReminders(prisma, new Date(posted.getTime() + 15 * MINUTE), { ...settings, ...times })).toHaveLength(1);

    const audited = await prisma.auditLog.findMany({ where: { action: "reminder_settings.update" }, orderBy: { createdAt: "asc" } });
    expect(audited.at(-1)).toMatchObject({ actorLabel: alice.label, after: { quietMinutes: 15, maintenanceLeadMinutes: null } });
    dataOf(await updateReminderTimes(alice, { quietMinutes: "", maintenanceLeadMinutes: "" }));
    expect(await reminderTimes(prisma, defaults)).toEqual(defaults);
  });
});
