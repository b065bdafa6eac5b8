-- Assignments whose questions come one at a time, with no going back; the attempt carries the
-- setting and the position of the question open now.
ALTER TABLE "Assignment" ADD COLUMN "oneAtATime" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "Attempt" ADD COLUMN "oneAtATime" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "Attempt" ADD COLUMN "currentIndex" INTEGER NOT NULL DEFAULT 0;
