// Preload for profiling a benchmark's server: `NODE_OPTIONS=--import=./bench/cpu-profile.mjs`
// (`--cpu-prof` itself isn't allowed in NODE_OPTIONS). Profiles the process from start to exit
// and writes <BENCH_CPU_PROF>/<pid>.cpuprofile for Chrome DevTools or speedscope. The main
// thread's inspector session answers synchronously, so this works from the 'exit' event.
import fs from "node:fs";
import inspector from "node:inspector";
import path from "node:path";

const dir = process.env.BENCH_CPU_PROF;
if (dir) {
  const session = new inspector.Session();
  session.connect();
  session.post("Profiler.enable");
  session.post("Profiler.setSamplingInterval", { interval: 500 });
  session.post("Profiler.start");
  process.on("exit", () => {
    session.post("Profiler.stop", (error, result) => {
      if (error) return;
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(path.join(dir, `${process.pid}.cpuprofile`), JSON.stringify(result.profile));
    });
  });
}
