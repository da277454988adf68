-- AlterTable
ALTER TABLE "PageSettings" ADD COLUMN     "logoUrl" TEXT;
