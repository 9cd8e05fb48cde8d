// Regenerates the files derived from the code: the configuration JSON Schema, the README's check
// table, and the Action's inputs/outputs tables (README and docs/action.md, from action.yml).
// `npm run generate` writes them; test/registry.test.ts fails when they drift.
import { readFileSync, writeFileSync } from 'node:fs'
import { checks } from '../checks/index.js'
import { buildConfigSchema } from '../src/engine/config-schema.js'
import { buildRecordSchema } from '../src/reports/record/record-schema.js'
import { generatedDocs } from '../src/docs/generated-docs.js'

writeFileSync(
  'schema/release-readiness.schema.json',
  JSON.stringify(buildConfigSchema(checks), null, 2) + '\n'
)
writeFileSync('schema/evaluation-record.schema.json', JSON.stringify(buildRecordSchema(), null, 2) + '\n')
const docs = generatedDocs(
  { readme: readFileSync('README.md', 'utf8'), actionDoc: readFileSync('docs/action.md', 'utf8') },
  checks,
  readFileSync('action.yml', 'utf8')
)
writeFileSync('README.md', docs.readme)
writeFileSync('docs/action.md', docs.actionDoc)
console.log(
  'Wrote schema/release-readiness.schema.json, schema/evaluation-record.schema.json, the README tables and the docs/action.md tables.'
)
