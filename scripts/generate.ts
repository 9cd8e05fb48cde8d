// Regenerates the files derived from the code: the configuration JSON Schema and the README's
// check table. `npm run generate` writes them; test/registry.test.ts fails when they drift.
import { readFileSync, writeFileSync } from 'node:fs'
import { checks } from '../checks/index.js'
import { buildConfigSchema } from '../src/engine/config-schema.js'
import { checkTable, replaceBlock } from '../src/docs/check-table.js'

writeFileSync(
  'schema/release-readiness.schema.json',
  JSON.stringify(buildConfigSchema(checks), null, 2) + '\n'
)
const readme = readFileSync('README.md', 'utf8')
writeFileSync('README.md', replaceBlock(readme, 'checks', checkTable(checks)))
console.log('Wrote schema/release-readiness.schema.json and the README check table.')
