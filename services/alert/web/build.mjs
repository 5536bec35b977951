// Builds the newsroom map's vendored assets into ../src/townwatch_alert/static/vendor/:
// lib.js (Leaflet + supercluster + topojson-client, minified), leaflet.css, and the Natural Earth
// 1:110m and 1:50m basemaps (world-atlas countries-110m.json and countries-50m.json, TopoJSON). The service
// bundles these with our scripts and hashes their names when it starts (townwatch_alert/page_assets.py). `npm ci && npm run build` reproduces them;
// the output is committed so a fresh clone's `make demo` and `make test` need no npm.
import { build } from "esbuild";
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, "..", "src", "townwatch_alert", "static", "vendor");
mkdirSync(out, { recursive: true });
const lock = JSON.parse(readFileSync(join(here, "package-lock.json"), "utf8"));
const version = (name) => lock.packages["node_modules/" + name].version;
const banner = "/* townwatch map bundle: " +
  ["leaflet", "supercluster", "kdbush", "topojson-client"].map((n) => n + "@" + version(n)).join(" ") +
  " (licences: vendor/LICENSES.md) */";

await build({
  entryPoints: [join(here, "src", "lib.js")],
  bundle: true,
  minify: true,
  format: "iife",
  target: "es2020",
  legalComments: "eof",
  banner: { js: banner },
  outfile: join(out, "lib.js"),
});
copyFileSync(join(here, "node_modules", "leaflet", "dist", "leaflet.css"), join(out, "leaflet.css"));
for (const scale of ["110m", "50m"]) {  // 1:110m for the first paint, 1:50m after it (static/map.js)
  copyFileSync(join(here, "node_modules", "world-atlas", `countries-${scale}.json`), join(out, `countries-${scale}.json`));
}
writeFileSync(join(out, "VERSIONS.json"), JSON.stringify({
  leaflet: version("leaflet"), supercluster: version("supercluster"), kdbush: version("kdbush"),
  "topojson-client": version("topojson-client"), "world-atlas": version("world-atlas"), esbuild: version("esbuild"),
}, null, 2) + "\n");
console.log("built", out);
