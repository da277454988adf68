-- Chat and push channels for subscribers: Microsoft Teams, Google Chat, Mattermost, ntfy and Telegram.
ALTER TYPE "SubscriberChannel" ADD VALUE 'teams';
ALTER TYPE "SubscriberChannel" ADD VALUE 'google_chat';
ALTER TYPE "SubscriberChannel" ADD VALUE 'mattermost';
ALTER TYPE "SubscriberChannel" ADD VALUE 'ntfy';
ALTER TYPE "SubscriberChannel" ADD VALUE 'telegram';

ALTER TABLE "Subscriber" ADD COLUMN "channelConfigEncrypted" TEXT;
ALTER TABLE "Subscriber" ADD COLUMN "channelLabel" TEXT;

-- Operator reminders go through the same outbox, to an admin address or the admin webhook instead of a subscriber.
ALTER TABLE "NotificationDelivery" ALTER COLUMN "subscriberId" DROP NOT NULL;
ALTER TABLE "NotificationDelivery" ADD COLUMN "operatorRecipient" TEXT;

CREATE TABLE "OperatorReminder" (
    "key" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "subjectId" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OperatorReminder_pkey" PRIMARY KEY ("key")
);
CREATE INDEX "OperatorReminder_createdAt_idx" ON "OperatorReminder"("createdAt");
