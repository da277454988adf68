-- Upstream dependencies (lib/upstreams): vendors' status pages Beacon mirrors, polled by one instance at a time.

-- AlterEnum
ALTER TYPE "StatusChangeCause" ADD VALUE 'upstream';

-- CreateEnum
CREATE TYPE "UpstreamMirrorKind" AS ENUM ('component', 'group', 'page');

-- AlterTable
ALTER TABLE "Incident" ADD COLUMN     "upstreamId" TEXT,
ADD COLUMN     "upstreamIncidentId" TEXT;

-- CreateTable
CREATE TABLE "Upstream" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "intervalSeconds" INTEGER NOT NULL DEFAULT 60,
    "openIncidents" BOOLEAN NOT NULL DEFAULT false,
    "notifySubscribers" BOOLEAN NOT NULL DEFAULT false,
    "nextPollAt" TIMESTAMPTZ(3) NOT NULL,
    "lastPolledAt" TIMESTAMPTZ(3),
    "lastSuccessAt" TIMESTAMPTZ(3),
    "etag" TEXT,
    "lastModified" TEXT,
    "consecutiveFailures" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "summary" JSONB,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Upstream_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UpstreamMirror" (
    "id" TEXT NOT NULL,
    "upstreamId" TEXT NOT NULL,
    "componentId" TEXT NOT NULL,
    "kind" "UpstreamMirrorKind" NOT NULL,
    "upstreamRef" TEXT,
    "upstreamName" TEXT NOT NULL,
    "silenced" BOOLEAN NOT NULL DEFAULT false,
    "unavailable" BOOLEAN NOT NULL DEFAULT false,
    "incidentTitle" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "UpstreamMirror_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Upstream_url_key" ON "Upstream"("url");

-- CreateIndex
CREATE INDEX "Upstream_nextPollAt_idx" ON "Upstream"("nextPollAt");

-- CreateIndex
CREATE UNIQUE INDEX "UpstreamMirror_componentId_key" ON "UpstreamMirror"("componentId");

-- CreateIndex
CREATE INDEX "UpstreamMirror_upstreamId_idx" ON "UpstreamMirror"("upstreamId");

-- CreateIndex
CREATE UNIQUE INDEX "Incident_upstreamId_upstreamIncidentId_key" ON "Incident"("upstreamId", "upstreamIncidentId");

-- AddForeignKey
ALTER TABLE "Incident" ADD CONSTRAINT "Incident_upstreamId_fkey" FOREIGN KEY ("upstreamId") REFERENCES "Upstream"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UpstreamMirror" ADD CONSTRAINT "UpstreamMirror_upstreamId_fkey" FOREIGN KEY ("upstreamId") REFERENCES "Upstream"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UpstreamMirror" ADD CONSTRAINT "UpstreamMirror_componentId_fkey" FOREIGN KEY ("componentId") REFERENCES "Component"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- What a mirror shows (unknown, the vendor's incident title) is public: announce it like the other public tables.
-- Upstream itself is not announced: its claim moves on every poll, and the page reads only its name and URL,
-- whose changes touch the mirrors too.
CREATE TRIGGER "UpstreamMirror_public_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "UpstreamMirror"
  FOR EACH STATEMENT EXECUTE FUNCTION "beacon_notify_public_change"();
