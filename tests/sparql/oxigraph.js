// oxigraph.js: runs SPARQL queries over a Turtle file with Oxigraph (npm
// package "oxigraph", found through NODE_PATH) and writes each answer in
// the SPARQL 1.1 CSV results format, as roqet writes them, so the two
// engines can be compared.
//
//   NODE_PATH=DIR/node_modules node oxigraph.js GRAPH.ttl OUTDIR Q.rq...
//
// writes OUTDIR/Q.csv for each Q.rq. The graph is loaded once.
"use strict";

const fs = require("fs");
const path = require("path");
const { Store } = require("oxigraph");

const [graph, outdir, ...queries] = process.argv.slice(2);
if (!graph || !outdir || queries.length === 0) {
  process.stderr.write("usage: oxigraph.js GRAPH.ttl OUTDIR QUERY.rq...\n");
  process.exit(2);
}

const store = new Store();
try {
  store.load(fs.readFileSync(graph, "utf8"), { format: "text/turtle" });
} catch (e) {
  process.stderr.write(`oxigraph.js: ${graph}: ${e.message || e}\n`);
  process.exit(1);
}

let failed = false;
for (const query of queries) {
  const out = path.join(outdir, path.basename(query, ".rq") + ".csv");
  try {
    const csv = store.query(fs.readFileSync(query, "utf8"), { results_format: "csv" });
    fs.writeFileSync(out, csv);
  } catch (e) {
    process.stderr.write(`oxigraph.js: ${query}: ${e.message || e}\n`);
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
