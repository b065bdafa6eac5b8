-- Sessions that end: a per-user session version checked on each request, and account disabling.
ALTER TABLE "User" ADD COLUMN "sessionVersion" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "User" ADD COLUMN "disabledAt" DATETIME;
