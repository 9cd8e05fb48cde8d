import { parse } from 'yaml'

const cell = (text: unknown): string =>
  String(text ?? '')
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, ' ')
    .trim()

interface ActionYml {
  inputs?: Record<string, { description?: string; default?: string }>
  outputs?: Record<string, { description?: string }>
}

/** The inputs and outputs tables of the docs, generated from `action.yml`'s text. */
export function actionTables(actionYml: string): { inputs: string; outputs: string } {
  const action = parse(actionYml) as ActionYml
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
