-- Subscribe to one incident: a subscriber scoped to one incident, ended when it resolves, deleted with it.
ALTER TABLE "Subscriber" ADD COLUMN "incidentId" TEXT;

-- An address may now hold its page-wide subscription and one per incident.
DROP INDEX "Subscriber_email_key";
CREATE UNIQUE INDEX "Subscriber_email_incidentId_key" ON "Subscriber"("email", "incidentId");
CREATE INDEX "Subscriber_incidentId_idx" ON "Subscriber"("incidentId");

ALTER TABLE "Subscriber" ADD CONSTRAINT "Subscriber_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident"("id") ON DELETE CASCADE ON UPDATE CASCADE;
