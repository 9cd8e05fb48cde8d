// Runs a TypeScript script of this repository. Usage: node scripts/run-ts.mjs scripts/generate.ts [args...]
import { resolve } from 'node:path'
import { importTs } from './lib/import-ts.mjs'

const [entry, ...args] = process.argv.slice(2)
process.argv = [process.argv[0], resolve(entry), ...args]
await importTs(resolve(entry))
