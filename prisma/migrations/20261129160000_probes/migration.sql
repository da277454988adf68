-- Remote probes with a quorum, and the DNS, TLS certificate and Postgres monitor kinds.
ALTER TYPE "MonitorKind" ADD VALUE 'dns';
ALTER TYPE "MonitorKind" ADD VALUE 'tls';
ALTER TYPE "MonitorKind" ADD VALUE 'postgres';

CREATE TYPE "MonitorPlacement" AS ENUM ('builtin', 'locations', 'all');

ALTER TABLE "Monitor" ADD COLUMN "keywordAbsent" BOOLEAN NOT NULL DEFAULT false,
  ADD COLUMN "dnsRecordType" TEXT,
  ADD COLUMN "dnsResolver" TEXT,
  ADD COLUMN "expectedValue" TEXT,
  ADD COLUMN "tlsExpiryWarnDays" INTEGER,
  ADD COLUMN "connectionSealed" TEXT,
  ADD COLUMN "placement" "MonitorPlacement" NOT NULL DEFAULT 'builtin',
  ADD COLUMN "quorum" INTEGER,
  ADD COLUMN "lastRoundDueAt" TIMESTAMPTZ(3);

CREATE TABLE "ProbeLocation" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "tokenPrefix" TEXT NOT NULL,
    "revokedAt" TIMESTAMPTZ(3),
    "lastContactAt" TIMESTAMPTZ(3),
    "probeVersion" TEXT,
    "offlineSince" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "ProbeLocation_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "ProbeLocation_name_key" ON "ProbeLocation"("name");
CREATE UNIQUE INDEX "ProbeLocation_tokenHash_key" ON "ProbeLocation"("tokenHash");

CREATE TABLE "ProbeAssignment" (
    "id" TEXT NOT NULL,
    "monitorId" TEXT NOT NULL,
    "locationId" TEXT NOT NULL,
    "nextCheckAt" TIMESTAMPTZ(3) NOT NULL,
    "leasedDueAt" TIMESTAMPTZ(3),
    "leaseExpiresAt" TIMESTAMPTZ(3),
    CONSTRAINT "ProbeAssignment_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "ProbeAssignment_monitorId_locationId_key" ON "ProbeAssignment"("monitorId", "locationId");
CREATE INDEX "ProbeAssignment_locationId_nextCheckAt_idx" ON "ProbeAssignment"("locationId", "nextCheckAt");
ALTER TABLE "ProbeAssignment" ADD CONSTRAINT "ProbeAssignment_monitorId_fkey" FOREIGN KEY ("monitorId") REFERENCES "Monitor"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "ProbeAssignment" ADD CONSTRAINT "ProbeAssignment_locationId_fkey" FOREIGN KEY ("locationId") REFERENCES "ProbeLocation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "ProbeResult" (
    "id" TEXT NOT NULL,
    "monitorId" TEXT NOT NULL,
    "locationId" TEXT NOT NULL,
    "dueAt" TIMESTAMPTZ(3) NOT NULL,
    "startedAt" TIMESTAMPTZ(3) NOT NULL,
    "ok" BOOLEAN NOT NULL,
    "degraded" BOOLEAN NOT NULL DEFAULT false,
    "responseTimeMs" INTEGER,
    "statusCode" INTEGER,
    "error" TEXT,
    CONSTRAINT "ProbeResult_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "ProbeResult_monitorId_locationId_dueAt_key" ON "ProbeResult"("monitorId", "locationId", "dueAt");
CREATE INDEX "ProbeResult_monitorId_dueAt_idx" ON "ProbeResult"("monitorId", "dueAt");
CREATE INDEX "ProbeResult_startedAt_idx" ON "ProbeResult"("startedAt");
ALTER TABLE "ProbeResult" ADD CONSTRAINT "ProbeResult_monitorId_fkey" FOREIGN KEY ("monitorId") REFERENCES "Monitor"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "ProbeResult" ADD CONSTRAINT "ProbeResult_locationId_fkey" FOREIGN KEY ("locationId") REFERENCES "ProbeLocation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "ProbeBatch" (
    "locationId" TEXT NOT NULL,
    "batchId" TEXT NOT NULL,
    "receivedAt" TIMESTAMPTZ(3) NOT NULL,
    "results" INTEGER NOT NULL,
    CONSTRAINT "ProbeBatch_pkey" PRIMARY KEY ("locationId", "batchId")
);
CREATE INDEX "ProbeBatch_receivedAt_idx" ON "ProbeBatch"("receivedAt");
ALTER TABLE "ProbeBatch" ADD CONSTRAINT "ProbeBatch_locationId_fkey" FOREIGN KEY ("locationId") REFERENCES "ProbeLocation"("id") ON DELETE CASCADE ON UPDATE CASCADE;
