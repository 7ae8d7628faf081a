#!/usr/bin/env node
// The `kapasim` command. The TypeScript CLI is bundled into dist/ by `npm run build:cli`
// (run automatically by `npm install` / `npm ci` through the prepare script).
import '../dist/cli/main.js';
