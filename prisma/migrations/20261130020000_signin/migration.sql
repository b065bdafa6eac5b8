-- Display names can't copy another user's (issue 12, defect 14): each account keeps its name
-- folded for comparison, unique. Existing accounts: the oldest holder of each name gets its key
-- (folded here with lower(), which covers ASCII; the app folds with NFKC and full Unicode case);
-- later holders of the same name keep NULL, so they keep their name and block no one.
ALTER TABLE "User" ADD COLUMN "nameKey" TEXT;

UPDATE "User" SET "nameKey" = lower(trim("name"))
WHERE "id" IN (
  SELECT "id" FROM (
    SELECT "id", ROW_NUMBER() OVER (PARTITION BY lower(trim("name")) ORDER BY "createdAt", "id") AS "rank"
    FROM "User"
  ) AS "ranked"
  WHERE "rank" = 1
);

CREATE UNIQUE INDEX "User_nameKey_key" ON "User"("nameKey");
