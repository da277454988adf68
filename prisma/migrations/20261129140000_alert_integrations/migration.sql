-- Alerts in: integrations (Alertmanager, Grafana, generic JSON), their rules, alert groups, unmatched alerts,
-- and draft incidents (admins only until published).

-- CreateEnum
CREATE TYPE "IntegrationKind" AS ENUM ('alertmanager', 'grafana', 'generic');

-- CreateEnum
CREATE TYPE "AlertRuleAction" AS ENUM ('status_only', 'draft_incident', 'publish_incident');

-- AlterTable
ALTER TABLE "Incident" ADD COLUMN     "alertManaged" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "draft" BOOLEAN NOT NULL DEFAULT false;

-- CreateIndex
CREATE INDEX "Incident_draft_idx" ON "Incident"("draft");

-- CreateTable
CREATE TABLE "Integration" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "IntegrationKind" NOT NULL,
    "secretHash" TEXT NOT NULL,
    "secretPrefix" TEXT NOT NULL,
    "tokenHash" TEXT,
    "mapping" JSONB,
    "componentScope" TEXT[],
    "rateLimitPerMinute" INTEGER NOT NULL DEFAULT 120,
    "maxBodyBytes" INTEGER NOT NULL DEFAULT 262144,
    "holdDownSeconds" INTEGER NOT NULL DEFAULT 600,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "lastReceivedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Integration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AlertRule" (
    "id" TEXT NOT NULL,
    "integrationId" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "matchers" JSONB NOT NULL,
    "componentId" TEXT,
    "groupId" TEXT,
    "status" "ComponentStatus" NOT NULL,
    "action" "AlertRuleAction" NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "AlertRule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AlertGroup" (
    "id" TEXT NOT NULL,
    "integrationId" TEXT NOT NULL,
    "groupKey" TEXT NOT NULL,
    "firing" JSONB NOT NULL,
    "incidentId" TEXT,
    "lastDigest" TEXT,
    "firstFiringAt" TIMESTAMPTZ(3),
    "resolvedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "AlertGroup_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UnmatchedAlert" (
    "id" TEXT NOT NULL,
    "integrationId" TEXT NOT NULL,
    "alertId" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "labels" JSONB NOT NULL,
    "receivedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "UnmatchedAlert_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Integration_name_key" ON "Integration"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Integration_secretHash_key" ON "Integration"("secretHash");

-- CreateIndex
CREATE UNIQUE INDEX "Integration_tokenHash_key" ON "Integration"("tokenHash");

-- CreateIndex
CREATE INDEX "AlertRule_integrationId_position_idx" ON "AlertRule"("integrationId", "position");

-- CreateIndex
CREATE INDEX "AlertGroup_incidentId_idx" ON "AlertGroup"("incidentId");

-- CreateIndex
CREATE UNIQUE INDEX "AlertGroup_integrationId_groupKey_key" ON "AlertGroup"("integrationId", "groupKey");

-- CreateIndex
CREATE INDEX "UnmatchedAlert_integrationId_receivedAt_idx" ON "UnmatchedAlert"("integrationId", "receivedAt");

-- AddForeignKey
ALTER TABLE "AlertRule" ADD CONSTRAINT "AlertRule_integrationId_fkey" FOREIGN KEY ("integrationId") REFERENCES "Integration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AlertRule" ADD CONSTRAINT "AlertRule_componentId_fkey" FOREIGN KEY ("componentId") REFERENCES "Component"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AlertRule" ADD CONSTRAINT "AlertRule_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "ComponentGroup"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AlertGroup" ADD CONSTRAINT "AlertGroup_integrationId_fkey" FOREIGN KEY ("integrationId") REFERENCES "Integration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AlertGroup" ADD CONSTRAINT "AlertGroup_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UnmatchedAlert" ADD CONSTRAINT "UnmatchedAlert_integrationId_fkey" FOREIGN KEY ("integrationId") REFERENCES "Integration"("id") ON DELETE CASCADE ON UPDATE CASCADE;
