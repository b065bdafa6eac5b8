-- Leaderboard rank counts (issue 15): how many students on the global board have each points
-- total, all time (BoardCount) and per week (WeeklyBoardCount). A viewer's rank is 1 + the sum of
-- the counts above their total: a few thousand rows at most, where counting the students above
-- read hundreds of thousands at a million students. Triggers keep both tables in step with User
-- and WeeklyPoints, whatever writes them (grading, a teacher's changed mark, the visibility
-- setting, sign-up, an account deleted). On the board: role 'student' and hideFromGlobal false.
--
-- Concurrency: each count row is locked by the upsert that changes it. Every transaction takes
-- BoardCount rows before WeeklyBoardCount rows (User is written before WeeklyPoints everywhere),
-- and within a table the lower key first, so two gradings can't wait on each other in a circle.

CREATE TABLE "BoardCount" (
    "points" INTEGER NOT NULL,
    "n" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "BoardCount_pkey" PRIMARY KEY ("points")
);

CREATE TABLE "WeeklyBoardCount" (
    "weekStart" TIMESTAMP(3) NOT NULL,
    "points" INTEGER NOT NULL,
    "n" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "WeeklyBoardCount_pkey" PRIMARY KEY ("weekStart","points")
);

INSERT INTO "BoardCount" ("points", "n")
SELECT "points", COUNT(*) FROM "User" WHERE "role" = 'student' AND NOT "hideFromGlobal" GROUP BY "points";

INSERT INTO "WeeklyBoardCount" ("weekStart", "points", "n")
SELECT w."weekStart", w."points", COUNT(*) FROM "WeeklyPoints" w JOIN "User" u ON u."id" = w."userId"
WHERE u."role" = 'student' AND NOT u."hideFromGlobal" GROUP BY w."weekStart", w."points";

CREATE FUNCTION "board_count_add"(p INTEGER, d INTEGER) RETURNS VOID LANGUAGE sql AS $$
  INSERT INTO "BoardCount" ("points", "n") VALUES (p, d)
  ON CONFLICT ("points") DO UPDATE SET "n" = "BoardCount"."n" + d;
$$;

CREATE FUNCTION "weekly_board_count_add"(w TIMESTAMP(3), p INTEGER, d INTEGER) RETURNS VOID LANGUAGE sql AS $$
  INSERT INTO "WeeklyBoardCount" ("weekStart", "points", "n") VALUES (w, p, d)
  ON CONFLICT ("weekStart", "points") DO UPDATE SET "n" = "WeeklyBoardCount"."n" + d;
$$;

CREATE FUNCTION "User_board"() RETURNS TRIGGER LANGUAGE plpgsql AS $$
DECLARE
  was BOOLEAN := CASE WHEN TG_OP = 'INSERT' THEN false ELSE OLD."role" = 'student' AND NOT OLD."hideFromGlobal" END;
  now_on BOOLEAN := CASE WHEN TG_OP = 'DELETE' THEN false ELSE NEW."role" = 'student' AND NOT NEW."hideFromGlobal" END;
  week RECORD;
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF was THEN PERFORM "board_count_add"(OLD."points", -1); END IF;
    -- The user's weeks go first, while the user is there to say whether they were on the board
    -- (the WeeklyPoints trigger takes them off the counts); the cascade then finds none.
    DELETE FROM "WeeklyPoints" WHERE "userId" = OLD."id";
    RETURN OLD;
  END IF;
  IF TG_OP = 'INSERT' THEN
    IF now_on THEN PERFORM "board_count_add"(NEW."points", 1); END IF;
    RETURN NULL;
  END IF;
  -- An update: off the old total's count, onto the new one's, the lower total first.
  IF was AND now_on AND OLD."points" = NEW."points" THEN
    NULL;
  ELSIF was AND now_on AND OLD."points" < NEW."points" THEN
    PERFORM "board_count_add"(OLD."points", -1);
    PERFORM "board_count_add"(NEW."points", 1);
  ELSIF was AND now_on THEN
    PERFORM "board_count_add"(NEW."points", 1);
    PERFORM "board_count_add"(OLD."points", -1);
  ELSIF was THEN
    PERFORM "board_count_add"(OLD."points", -1);
  ELSIF now_on THEN
    PERFORM "board_count_add"(NEW."points", 1);
  END IF;
  -- Joining or leaving the board moves every week the student has.
  IF was <> now_on THEN
    FOR week IN SELECT "weekStart", "points" FROM "WeeklyPoints" WHERE "userId" = NEW."id" ORDER BY "weekStart", "points" LOOP
      PERFORM "weekly_board_count_add"(week."weekStart", week."points", CASE WHEN now_on THEN 1 ELSE -1 END);
    END LOOP;
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "User_board_write" AFTER INSERT OR UPDATE OF "points", "role", "hideFromGlobal" ON "User"
FOR EACH ROW EXECUTE FUNCTION "User_board"();

CREATE TRIGGER "User_board_delete" BEFORE DELETE ON "User"
FOR EACH ROW EXECUTE FUNCTION "User_board"();

CREATE FUNCTION "WeeklyPoints_board"() RETURNS TRIGGER LANGUAGE plpgsql AS $$
DECLARE
  uid TEXT := CASE WHEN TG_OP = 'DELETE' THEN OLD."userId" ELSE NEW."userId" END;
BEGIN
  IF NOT EXISTS (SELECT 1 FROM "User" u WHERE u."id" = uid AND u."role" = 'student' AND NOT u."hideFromGlobal") THEN
    RETURN NULL;
  END IF;
  IF TG_OP = 'INSERT' THEN
    PERFORM "weekly_board_count_add"(NEW."weekStart", NEW."points", 1);
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM "weekly_board_count_add"(OLD."weekStart", OLD."points", -1);
  ELSIF (OLD."weekStart", OLD."points") < (NEW."weekStart", NEW."points") THEN
    PERFORM "weekly_board_count_add"(OLD."weekStart", OLD."points", -1);
    PERFORM "weekly_board_count_add"(NEW."weekStart", NEW."points", 1);
  ELSIF (OLD."weekStart", OLD."points") > (NEW."weekStart", NEW."points") THEN
    PERFORM "weekly_board_count_add"(NEW."weekStart", NEW."points", 1);
    PERFORM "weekly_board_count_add"(OLD."weekStart", OLD."points", -1);
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "WeeklyPoints_board" AFTER INSERT OR DELETE OR UPDATE OF "points", "weekStart" ON "WeeklyPoints"
FOR EACH ROW EXECUTE FUNCTION "WeeklyPoints_board"();
