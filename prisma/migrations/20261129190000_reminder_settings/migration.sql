-- Operator reminder times an owner sets in the admin; NULL falls back to the environment's default.
CREATE TABLE "ReminderSettings" (
    "id" TEXT NOT NULL,
    "quietMinutes" INTEGER,
    "maintenanceLeadMinutes" INTEGER,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ReminderSettings_pkey" PRIMARY KEY ("id")
);
