#!/usr/bin/env node
// The npm bin: always the CLI. The bundle starts the Action when given no arguments, so a bare
// `npx dbt-autopilot` asks for the usage instead.
if (process.argv.length <= 2) process.argv.push('--help')
await import('../dist/index.js')
