#!/usr/bin/env node
// One schema source, two providers: prisma/schema.prisma (SQLite, the embedded default) is the
// one to edit; this writes prisma/postgres/schema.prisma from it, changing only the datasource's
// provider and where the client is generated. The schema uses no native types, so nothing else
// differs. `node scripts/schemas.mjs --check` exits 1 when the PostgreSQL copy is out of step
// (a unit test runs the same check).
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const SQLITE_SCHEMA = path.join(root, "prisma", "schema.prisma");
export const POSTGRES_SCHEMA = path.join(root, "prisma", "postgres", "schema.prisma");

/** The PostgreSQL schema for the given SQLite schema text. */
export function postgresSchema(sqlite) {
  const provider = /(datasource db \{[^}]*?provider\s*=\s*)"sqlite"/;
  const output = /(generator client \{[^}]*?output\s*=\s*)"\.\.\/lib\/generated\/prisma"/;
  if (!provider.test(sqlite) || !output.test(sqlite)) throw new Error("prisma/schema.prisma: expected provider \"sqlite\" and output \"../lib/generated/prisma\"");
  return [
    "// GENERATED from prisma/schema.prisma by scripts/schemas.mjs: edit that file, then run `node scripts/schemas.mjs`.",
    sqlite.replace(provider, '$1"postgresql"').replace(output, '$1"../../lib/generated/prisma-postgres"'),
  ].join("\n");
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const wanted = postgresSchema(readFileSync(SQLITE_SCHEMA, "utf8"));
  if (process.argv.includes("--check")) {
    let current = "";
    try {
      current = readFileSync(POSTGRES_SCHEMA, "utf8");
    } catch {}
    if (current !== wanted) {
      console.error("prisma/postgres/schema.prisma is out of step with prisma/schema.prisma: run `node scripts/schemas.mjs`.");
      process.exit(1);
    }
  } else {
    writeFileSync(POSTGRES_SCHEMA, wanted);
    console.log("Wrote prisma/postgres/schema.prisma");
  }
}
