#!/usr/bin/env node
// The okr-kra command: runs the built command line (npm install builds it through `prepare`).
const { existsSync } = require('node:fs');
const path = require('node:path');

const cli = path.join(__dirname, '..', 'dist-local', 'cli.js');
if (!existsSync(cli)) {
  console.error('okr-kra: the command line is not built yet; run `npm run build` first.');
  process.exit(2);
}
require(cli);
