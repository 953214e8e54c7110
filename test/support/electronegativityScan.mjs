// Runs Electronegativity's scanner through its programmatic API and prints what it found as JSON
// (its CSV report is written by two racing asynchronous writes and comes out garbled at times).
// Usage: node electronegativityScan.mjs <folder> <electron version> <output.json>
// (the scanner itself talks on stdout, so the result goes to a file.)
import { writeFileSync } from 'node:fs';
import electronegativity from '@doyensec/electronegativity';
const run = electronegativity.default ?? electronegativity;

const [input, electronVersion, output] = process.argv.slice(2);
// AvailableSecurityFixesGlobalCheck downloads Electron's release list: there is no network here.
run({ input, electronVersionOverride: electronVersion, excludeFromScan: ['AvailableSecurityFixesGlobalCheck'], isRelative: true })
  .then(({ issues, errors }) => {
    const findings = issues.map((issue) => ({ check: issue.id, severity: issue.severity.name, file: issue.file }));
    writeFileSync(output, JSON.stringify({ findings, errors }));
  })
  .catch((error) => {
    console.error(error.stack);
    process.exit(1);
  });
