-- Translated incident and maintenance texts (issue 21): per-locale JSON beside the original, loaded with their rows.
ALTER TABLE "Incident" ADD COLUMN "nameTranslations" JSONB;
ALTER TABLE "IncidentUpdate" ADD COLUMN "bodyTranslations" JSONB;
ALTER TABLE "ScheduledMaintenance" ADD COLUMN "nameTranslations" JSONB;
ALTER TABLE "MaintenanceUpdate" ADD COLUMN "bodyTranslations" JSONB;

-- The language a subscriber's mails are written in.
ALTER TABLE "Subscriber" ADD COLUMN "locale" TEXT NOT NULL DEFAULT 'en';
