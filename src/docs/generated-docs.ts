import type { Check } from '../engine/types.js'
import { actionTables } from './action-tables.js'
import { checkTable, replaceBlock } from './check-table.js'

/** Every doc file with generated blocks, brought up to date from the code and `action.yml`. */
export function generatedDocs(
  docs: { readme: string; actionDoc: string },
  checks: readonly Check[],
  actionYml: string
): { readme: string; actionDoc: string } {
  const tables = actionTables(actionYml)
  const withTables = (doc: string): string =>
    replaceBlock(replaceBlock(doc, 'action-inputs', tables.inputs), 'action-outputs', tables.outputs)
  return {
    readme: withTables(replaceBlock(docs.readme, 'checks', checkTable(checks))),
    actionDoc: withTables(docs.actionDoc)
  }
}
