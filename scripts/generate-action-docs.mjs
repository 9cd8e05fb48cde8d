// Writes the inputs and outputs tables of docs/action.md from action.yml (like actions/checkout's
// generate-docs.ts), between `<!-- begin action-inputs -->` / `<!-- end action-inputs -->` and the
// same for outputs. `--check` fails instead of writing when the doc is out of date (CI, tests).
// Usage: node scripts/generate-action-docs.mjs [--check]
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'

const root = fileURLToPath(new URL('../', import.meta.url))
const DOC = 'docs/action.md'

const cell = (text) =>
  String(text ?? '')
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, ' ')
    .trim()

/** The Markdown tables for an action.yml text. */
export function actionTables(actionYml) {
  const action = parse(actionYml)
  const inputs = Object.entries(action.inputs ?? {}).map(
    ([name, input]) =>
      `| \`${name}\` | ${cell(input.description)} | ${input.default === undefined || input.default === '' ? '' : `\`${cell(input.default)}\``} |`
  )
  const outputs = Object.entries(action.outputs ?? {}).map(
    ([name, output]) => `| \`${name}\` | ${cell(output.description)} |`
  )
  return {
    inputs: ['| Input | Description | Default |', '|---|---|---|', ...inputs].join('\n'),
    outputs: ['| Output | Description |', '|---|---|', ...outputs].join('\n')
  }
}

function replaceBlock(doc, name, content) {
  const begin = `<!-- begin ${name} -->`
  const end = `<!-- end ${name} -->`
  const start = doc.indexOf(begin)
  const stop = doc.indexOf(end)
  if (start < 0 || stop < start) throw new Error(`${DOC} has no ${begin} … ${end} block`)
  return `${doc.slice(0, start + begin.length)}\n${content}\n${doc.slice(stop)}`
}

/** docs/action.md with its generated tables brought up to date. */
export function generate(doc, actionYml) {
  const tables = actionTables(actionYml)
  return replaceBlock(replaceBlock(doc, 'action-inputs', tables.inputs), 'action-outputs', tables.outputs)
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const docPath = `${root}${DOC}`
  const doc = readFileSync(docPath, 'utf8')
  const next = generate(doc, readFileSync(`${root}action.yml`, 'utf8'))
  if (process.argv.includes('--check')) {
    if (next !== doc) {
      console.error(
        `${DOC} is out of date with action.yml: run node scripts/generate-action-docs.mjs and commit it.`
      )
      process.exit(1)
    }
  } else if (next !== doc) {
    writeFileSync(docPath, next)
    console.log(`Wrote the inputs and outputs tables of ${DOC}.`)
  }
}
