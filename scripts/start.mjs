#!/usr/bin/env node
// `npm start`: prepare the embedded SQLite database, load the demo content, build once
// (again only when the sources change), then serve on $PORT (default 3000).
import { spawnSync } from "node:child_process";
import { bin, ensureBuild, env, prepareDatabase, root } from "./prepare.mjs";

prepareDatabase();
ensureBuild();

const port = process.env.PORT ?? "3000";
console.log(`\n▶ Serving Factdeck on http://localhost:${port}`);
const server = spawnSync(bin("next"), ["start", "-p", port, ...(process.env.HOSTNAME ? ["-H", process.env.HOSTNAME] : [])], {
  cwd: root,
  stdio: "inherit",
  env,
});
process.exit(server.status ?? 0);
