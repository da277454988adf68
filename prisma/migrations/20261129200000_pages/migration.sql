-- Several status pages per instance (lib/pages). Today's page (the settings row "page") becomes the instance's
-- default page: slug "default", every component, present and future, and the incidents without components it shows
-- today; so every URL answers as before. Other pages are more rows of this table, each with its own selection.
ALTER TABLE "PageSettings"
  ADD COLUMN "slug" TEXT,
  ADD COLUMN "accentColor" TEXT,
  ADD COLUMN "defaultLanguage" TEXT NOT NULL DEFAULT 'en',
  ADD COLUMN "domains" TEXT[] DEFAULT ARRAY[]::TEXT[],
  ADD COLUMN "canonicalDomain" TEXT,
  ADD COLUMN "showAllComponents" BOOLEAN NOT NULL DEFAULT true;

UPDATE "PageSettings" SET "slug" = CASE WHEN id = 'page' THEN 'default' ELSE id END;
ALTER TABLE "PageSettings" ALTER COLUMN "slug" SET NOT NULL;
CREATE UNIQUE INDEX "PageSettings_slug_key" ON "PageSettings"("slug");

CREATE TABLE "PageComponent" (
  "pageId" TEXT NOT NULL,
  "componentId" TEXT NOT NULL,
  CONSTRAINT "PageComponent_pkey" PRIMARY KEY ("pageId", "componentId")
);
CREATE INDEX "PageComponent_componentId_idx" ON "PageComponent"("componentId");
ALTER TABLE "PageComponent" ADD CONSTRAINT "PageComponent_pageId_fkey" FOREIGN KEY ("pageId") REFERENCES "PageSettings"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "PageComponent" ADD CONSTRAINT "PageComponent_componentId_fkey" FOREIGN KEY ("componentId") REFERENCES "Component"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "PageComponentGroup" (
  "pageId" TEXT NOT NULL,
  "groupId" TEXT NOT NULL,
  CONSTRAINT "PageComponentGroup_pkey" PRIMARY KEY ("pageId", "groupId")
);
CREATE INDEX "PageComponentGroup_groupId_idx" ON "PageComponentGroup"("groupId");
ALTER TABLE "PageComponentGroup" ADD CONSTRAINT "PageComponentGroup_pageId_fkey" FOREIGN KEY ("pageId") REFERENCES "PageSettings"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "PageComponentGroup" ADD CONSTRAINT "PageComponentGroup_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "ComponentGroup"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "PageIncident" (
  "pageId" TEXT NOT NULL,
  "incidentId" TEXT NOT NULL,
  CONSTRAINT "PageIncident_pkey" PRIMARY KEY ("pageId", "incidentId")
);
CREATE INDEX "PageIncident_incidentId_idx" ON "PageIncident"("incidentId");
ALTER TABLE "PageIncident" ADD CONSTRAINT "PageIncident_pageId_fkey" FOREIGN KEY ("pageId") REFERENCES "PageSettings"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "PageIncident" ADD CONSTRAINT "PageIncident_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A subscriber belongs to the page it subscribed on (NULL: the default page, as every subscriber so far).
ALTER TABLE "Subscriber" ADD COLUMN "pageId" TEXT;
ALTER TABLE "Subscriber" ADD CONSTRAINT "Subscriber_pageId_fkey" FOREIGN KEY ("pageId") REFERENCES "PageSettings"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- What each page shows changes with these tables: they are small and read whole (lib/public-surface/store-change.ts).
CREATE TRIGGER "PageComponent_public_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "PageComponent"
  FOR EACH STATEMENT EXECUTE FUNCTION "beacon_notify_public_change"();
CREATE TRIGGER "PageComponentGroup_public_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "PageComponentGroup"
  FOR EACH STATEMENT EXECUTE FUNCTION "beacon_notify_public_change"();
CREATE TRIGGER "PageIncident_public_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "PageIncident"
  FOR EACH STATEMENT EXECUTE FUNCTION "beacon_notify_public_change"();
