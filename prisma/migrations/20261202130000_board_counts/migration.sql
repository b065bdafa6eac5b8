-- Leaderboard rank counts (issue 15): how many students on the global board have each points
-- total, all time (BoardCount) and per week (WeeklyBoardCount). A viewer's rank is 1 + the sum of
-- the counts above their total: a few thousand rows at most, where counting the students above
-- read hundreds of thousands at a million students. Triggers keep both tables in step with User
-- and WeeklyPoints, whatever writes them (grading, a teacher's changed mark, the visibility
-- setting, sign-up, an account deleted). On the board: role 'student' and hideFromGlobal false.

CREATE TABLE "BoardCount" (
    "points" INTEGER NOT NULL PRIMARY KEY,
    "n" INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE "WeeklyBoardCount" (
    "weekStart" DATETIME NOT NULL,
    "points" INTEGER NOT NULL,
    "n" INTEGER NOT NULL DEFAULT 0,

    PRIMARY KEY ("weekStart", "points")
);

INSERT INTO "BoardCount" ("points", "n")
SELECT "points", COUNT(*) FROM "User" WHERE "role" = 'student' AND "hideFromGlobal" = false GROUP BY "points";

INSERT INTO "WeeklyBoardCount" ("weekStart", "points", "n")
SELECT w."weekStart", w."points", COUNT(*) FROM "WeeklyPoints" w JOIN "User" u ON u."id" = w."userId"
WHERE u."role" = 'student' AND u."hideFromGlobal" = false GROUP BY w."weekStart", w."points";

-- All time: a student joins the board, leaves it, or their total moves.
CREATE TRIGGER "User_board_insert" AFTER INSERT ON "User"
WHEN NEW."role" = 'student' AND NEW."hideFromGlobal" = false
BEGIN
  INSERT INTO "BoardCount" ("points", "n") VALUES (NEW."points", 1)
  ON CONFLICT ("points") DO UPDATE SET "n" = "n" + 1;
END;

CREATE TRIGGER "User_board_delete" BEFORE DELETE ON "User"
BEGIN
  UPDATE "BoardCount" SET "n" = "n" - 1
  WHERE "points" = OLD."points" AND OLD."role" = 'student' AND OLD."hideFromGlobal" = false;
  -- The user's weeks go first, while the user is there to say whether they were on the board
  -- (their triggers below take them off the counts); the cascade then finds none.
  DELETE FROM "WeeklyPoints" WHERE "userId" = OLD."id";
END;

CREATE TRIGGER "User_board_update" AFTER UPDATE OF "points", "role", "hideFromGlobal" ON "User"
WHEN OLD."points" IS NOT NEW."points" OR OLD."role" IS NOT NEW."role" OR OLD."hideFromGlobal" IS NOT NEW."hideFromGlobal"
BEGIN
  UPDATE "BoardCount" SET "n" = "n" - 1
  WHERE "points" = OLD."points" AND OLD."role" = 'student' AND OLD."hideFromGlobal" = false;
  INSERT INTO "BoardCount" ("points", "n") SELECT NEW."points", 1
  WHERE NEW."role" = 'student' AND NEW."hideFromGlobal" = false
  ON CONFLICT ("points") DO UPDATE SET "n" = "n" + 1;
END;

-- Weekly: joining or leaving the board moves every week the student has.
CREATE TRIGGER "User_weekly_board_visibility" AFTER UPDATE OF "role", "hideFromGlobal" ON "User"
WHEN (OLD."role" = 'student' AND OLD."hideFromGlobal" = false) IS NOT (NEW."role" = 'student' AND NEW."hideFromGlobal" = false)
BEGIN
  UPDATE "WeeklyBoardCount" SET "n" = "n" - 1
  WHERE OLD."role" = 'student' AND OLD."hideFromGlobal" = false
    AND EXISTS (SELECT 1 FROM "WeeklyPoints" w WHERE w."userId" = NEW."id" AND w."weekStart" = "WeeklyBoardCount"."weekStart" AND w."points" = "WeeklyBoardCount"."points");
  INSERT INTO "WeeklyBoardCount" ("weekStart", "points", "n")
  SELECT w."weekStart", w."points", 1 FROM "WeeklyPoints" w
  WHERE w."userId" = NEW."id" AND NEW."role" = 'student' AND NEW."hideFromGlobal" = false
  ON CONFLICT ("weekStart", "points") DO UPDATE SET "n" = "n" + 1;
END;

CREATE TRIGGER "WeeklyPoints_board_insert" AFTER INSERT ON "WeeklyPoints"
WHEN EXISTS (SELECT 1 FROM "User" u WHERE u."id" = NEW."userId" AND u."role" = 'student' AND u."hideFromGlobal" = false)
BEGIN
  INSERT INTO "WeeklyBoardCount" ("weekStart", "points", "n") VALUES (NEW."weekStart", NEW."points", 1)
  ON CONFLICT ("weekStart", "points") DO UPDATE SET "n" = "n" + 1;
END;

CREATE TRIGGER "WeeklyPoints_board_update" AFTER UPDATE OF "points", "weekStart" ON "WeeklyPoints"
WHEN EXISTS (SELECT 1 FROM "User" u WHERE u."id" = NEW."userId" AND u."role" = 'student' AND u."hideFromGlobal" = false)
BEGIN
  UPDATE "WeeklyBoardCount" SET "n" = "n" - 1 WHERE "weekStart" = OLD."weekStart" AND "points" = OLD."points";
  INSERT INTO "WeeklyBoardCount" ("weekStart", "points", "n") VALUES (NEW."weekStart", NEW."points", 1)
  ON CONFLICT ("weekStart", "points") DO UPDATE SET "n" = "n" + 1;
END;

CREATE TRIGGER "WeeklyPoints_board_delete" AFTER DELETE ON "WeeklyPoints"
WHEN EXISTS (SELECT 1 FROM "User" u WHERE u."id" = OLD."userId" AND u."role" = 'student' AND u."hideFromGlobal" = false)
BEGIN
  UPDATE "WeeklyBoardCount" SET "n" = "n" - 1 WHERE "weekStart" = OLD."weekStart" AND "points" = OLD."points";
END;
