#!/usr/bin/env node
// `npm start`: prepare the embedded SQLite database, load the demo content, build once
// (again only when the sources change), then serve on $PORT (default 3000).
import { spawnSync } from "node:child_process";
import path from "node:path";
import { ensureBuild, env, prepareDatabase, root } from "./prepare.mjs";

prepareDatabase();
ensureBuild();

const port = process.env.PORT ?? "3000";
console.log(`\n▶ Serving Factdeck on http://localhost:${port}`);
// scripts/serve.mjs: `next start` with a shortcut for live games' answers.
const server = spawnSync(process.execPath, [path.join(root, "scripts", "serve.mjs")], {
  cwd: root,
  stdio: "inherit",
  env: { ...env, PORT: port },
});
process.exit(server.status ?? 0);
