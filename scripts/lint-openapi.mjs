// Lints the committed OpenAPI document with Redocly's `recommended` ruleset through @redocly/openapi-core's
// Node API (no @redocly/cli needed): prints each problem, exits non-zero when any is an error.
// Usage: node scripts/lint-openapi.mjs [apps/api/openapi.json]
import { createConfig, formatProblems, getTotals, lint } from '@redocly/openapi-core';

const documentPath = process.argv[2] ?? 'apps/api/openapi.json';
const config = await createConfig({ extends: ['recommended'] });
const problems = await lint({ ref: documentPath, config });
const totals = getTotals(problems);
if (problems.length) formatProblems(problems, { format: 'codeframe', totals, color: process.stdout.isTTY });
console.log(`${documentPath}: ${totals.errors} error(s), ${totals.warnings} warning(s).`);
if (totals.errors > 0) process.exitCode = 1;
