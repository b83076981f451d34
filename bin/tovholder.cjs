#!/usr/bin/env node
// The CLI is built by `npm run build` into dist/; this shim only points there.
require('../dist/node/cli.cjs');
