-- Recurring maintenance: the first occurrence carries the RRULE and its time zone; later occurrences link to it.
ALTER TABLE "ScheduledMaintenance" ADD COLUMN "recurrence" TEXT,
ADD COLUMN "recurrenceTimeZone" TEXT,
ADD COLUMN "seriesId" TEXT;

-- One row per occurrence: materialising twice (two processes, a retried tick) cannot duplicate one.
CREATE UNIQUE INDEX "ScheduledMaintenance_seriesId_scheduledFor_key" ON "ScheduledMaintenance"("seriesId", "scheduledFor");

ALTER TABLE "ScheduledMaintenance" ADD CONSTRAINT "ScheduledMaintenance_seriesId_fkey" FOREIGN KEY ("seriesId") REFERENCES "ScheduledMaintenance"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- The public page's optional SLA table (monthly uptime per component), off by default.
ALTER TABLE "PageSettings" ADD COLUMN "showSlaTable" BOOLEAN NOT NULL DEFAULT false;
