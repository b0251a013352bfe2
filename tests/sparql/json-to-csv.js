// json-to-csv.js: SPARQL 1.1 query results in JSON (from a SPARQL endpoint)
// to the SPARQL 1.1 CSV results format as roqet and Oxigraph write it, so
// any engine's answers can be compared with the expected .csv files:
// IRIs bare, literals as their lexical form (no language tag or datatype),
// blank nodes as _:label, unbound as empty; a field with a comma, quote or
// line break quoted, its quotes doubled.
//
//   node json-to-csv.js < results.json > results.csv
"use strict";

const fs = require("fs");

function field(term) {
  if (!term) return "";
  const text = term.type === "bnode" ? "_:" + term.value : String(term.value);
  return /[",\r\n]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
}

let results;
try {
  results = JSON.parse(fs.readFileSync(0, "utf8"));
} catch (e) {
  process.stderr.write(`json-to-csv.js: not SPARQL JSON results: ${e.message}\n`);
  process.exit(1);
}
if (!results.head || !Array.isArray(results.head.vars) || !results.results) {
  process.stderr.write("json-to-csv.js: not SELECT results (no head.vars or results)\n");
  process.exit(1);
}
const vars = results.head.vars;
const lines = [vars.join(",")];
for (const row of results.results.bindings) {
  lines.push(vars.map((v) => field(row[v])).join(","));
}
process.stdout.write(lines.join("\r\n") + "\r\n");
