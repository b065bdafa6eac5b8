-- Facts reference their sentence by offsets into the article's text instead of copying it, and
-- keep the span the reader highlights, computed once when stored (issue 12, defect 1). Rows
-- stored before get their span from the seed step's backfill (lib/seed/articles.ts).
ALTER TABLE "Fact" ADD COLUMN "markStart" INTEGER;
ALTER TABLE "Fact" ADD COLUMN "markEnd" INTEGER;
ALTER TABLE "Fact" DROP COLUMN "sentence";
