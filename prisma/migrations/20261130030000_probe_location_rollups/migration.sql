-- Each probe location's results summed per UTC hour: the public per-location response-time chart reads these.
CREATE TABLE "ProbeLocationRollup" (
    "id" TEXT NOT NULL,
    "monitorId" TEXT NOT NULL,
    "locationId" TEXT NOT NULL,
    "periodStart" TIMESTAMPTZ(3) NOT NULL,
    "checks" INTEGER NOT NULL,
    "failures" INTEGER NOT NULL,
    "p50Ms" INTEGER,
    "p95Ms" INTEGER,
    CONSTRAINT "ProbeLocationRollup_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "ProbeLocationRollup_monitorId_locationId_periodStart_key" ON "ProbeLocationRollup"("monitorId", "locationId", "periodStart");
CREATE INDEX "ProbeLocationRollup_periodStart_idx" ON "ProbeLocationRollup"("periodStart");
ALTER TABLE "ProbeLocationRollup" ADD CONSTRAINT "ProbeLocationRollup_monitorId_fkey" FOREIGN KEY ("monitorId") REFERENCES "Monitor"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "ProbeLocationRollup" ADD CONSTRAINT "ProbeLocationRollup_locationId_fkey" FOREIGN KEY ("locationId") REFERENCES "ProbeLocation"("id") ON DELETE CASCADE ON UPDATE CASCADE;
