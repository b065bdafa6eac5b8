-- Live games (issue 16): a pause for the open question, and games for signed-in students only.
ALTER TABLE "LiveGame" ADD COLUMN "signedInOnly" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "LiveGame" ADD COLUMN "pausedAt" DATETIME;
