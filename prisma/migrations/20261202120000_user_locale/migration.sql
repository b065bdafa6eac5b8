-- The interface language a user chose (issue 17); null: the browser's.
ALTER TABLE "User" ADD COLUMN "locale" TEXT;
