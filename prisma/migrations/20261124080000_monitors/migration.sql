-- CreateEnum
CREATE TYPE "MonitorKind" AS ENUM ('http', 'tcp', 'heartbeat');

-- CreateEnum
CREATE TYPE "MonitorState" AS ENUM ('unknown', 'up', 'degraded', 'down');

-- CreateEnum
CREATE TYPE "MonitorRollupGranularity" AS ENUM ('hour', 'day');

-- AlterTable
ALTER TABLE "Component" ADD COLUMN     "autoIncidents" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "manualStatus" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Incident" ADD COLUMN     "firstFailedCheckAt" TIMESTAMPTZ(3),
ADD COLUMN     "monitorManaged" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "Monitor" (
    "id" TEXT NOT NULL,
    "componentId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "MonitorKind" NOT NULL,
    "url" TEXT,
    "method" TEXT NOT NULL DEFAULT 'GET',
    "requestHeaders" JSONB,
    "requestBody" TEXT,
    "expectedStatusCodes" TEXT NOT NULL DEFAULT '200-299',
    "keyword" TEXT,
    "jsonPath" TEXT,
    "jsonExpected" TEXT,
    "followRedirects" BOOLEAN NOT NULL DEFAULT true,
    "host" TEXT,
    "port" INTEGER,
    "heartbeatTokenHash" TEXT,
    "timeoutMs" INTEGER NOT NULL DEFAULT 10000,
    "intervalSeconds" INTEGER NOT NULL DEFAULT 60,
    "failureThreshold" INTEGER NOT NULL DEFAULT 3,
    "recoveryThreshold" INTEGER NOT NULL DEFAULT 2,
    "degradedThresholdMs" INTEGER,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "nextCheckAt" TIMESTAMPTZ(3) NOT NULL,
    "lastCheckAt" TIMESTAMPTZ(3),
    "consecutiveFailures" INTEGER NOT NULL DEFAULT 0,
    "consecutiveSuccesses" INTEGER NOT NULL DEFAULT 0,
    "state" "MonitorState" NOT NULL DEFAULT 'unknown',
    "firstFailureAt" TIMESTAMPTZ(3),
    "lastError" TEXT,
    "tlsExpiresAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Monitor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MonitorCheck" (
    "id" TEXT NOT NULL,
    "monitorId" TEXT NOT NULL,
    "dueAt" TIMESTAMPTZ(3) NOT NULL,
    "startedAt" TIMESTAMPTZ(3) NOT NULL,
    "ok" BOOLEAN NOT NULL,
    "responseTimeMs" INTEGER,
    "statusCode" INTEGER,
    "error" TEXT,
    "note" TEXT,

    CONSTRAINT "MonitorCheck_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MonitorRollup" (
    "id" TEXT NOT NULL,
    "monitorId" TEXT NOT NULL,
    "granularity" "MonitorRollupGranularity" NOT NULL,
    "periodStart" TIMESTAMPTZ(3) NOT NULL,
    "checks" INTEGER NOT NULL,
    "failures" INTEGER NOT NULL,
    "p50Ms" INTEGER,
    "p95Ms" INTEGER,

    CONSTRAINT "MonitorRollup_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Monitor_heartbeatTokenHash_key" ON "Monitor"("heartbeatTokenHash");

-- CreateIndex
CREATE INDEX "Monitor_componentId_idx" ON "Monitor"("componentId");

-- CreateIndex
CREATE INDEX "Monitor_nextCheckAt_idx" ON "Monitor"("nextCheckAt");

-- CreateIndex
CREATE INDEX "MonitorCheck_monitorId_startedAt_idx" ON "MonitorCheck"("monitorId", "startedAt");

-- CreateIndex
CREATE INDEX "MonitorCheck_startedAt_idx" ON "MonitorCheck"("startedAt");

-- CreateIndex
CREATE INDEX "MonitorRollup_periodStart_idx" ON "MonitorRollup"("periodStart");

-- CreateIndex
CREATE UNIQUE INDEX "MonitorRollup_monitorId_granularity_periodStart_key" ON "MonitorRollup"("monitorId", "granularity", "periodStart");

-- AddForeignKey
ALTER TABLE "Monitor" ADD CONSTRAINT "Monitor_componentId_fkey" FOREIGN KEY ("componentId") REFERENCES "Component"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MonitorCheck" ADD CONSTRAINT "MonitorCheck_monitorId_fkey" FOREIGN KEY ("monitorId") REFERENCES "Monitor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MonitorRollup" ADD CONSTRAINT "MonitorRollup_monitorId_fkey" FOREIGN KEY ("monitorId") REFERENCES "Monitor"("id") ON DELETE CASCADE ON UPDATE CASCADE;
