import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { renderJson } from '../../../src/readers/openapi/render.js'
import { fixturesDir } from '../../support/fixture-source.js'
import { compareFiles } from '../../support/openapi.js'
import { cliPath, runCli } from '../../support/run-cli.js'

const dir = join(fixturesDir, 'openapi-lenient')

// One document per OpenAPI version, each breaking the schema somewhere.
const invalid = [
  ['no-info.json', 'Swagger 2.0'],
  ['response-without-description.yaml', 'OpenAPI 3.0'],
  ['info-without-version.yaml', 'OpenAPI 3.1']
]

describe('OpenAPI schema validators compiled at build time', () => {
  it('are in the built CLI (its commands, dist/cli-main.cjs) for Swagger 2.0, OpenAPI 3.0 and 3.1, in place of the empty source module', () => {
    const bundle = readFileSync(join(dirname(cliPath), 'cli-main.cjs'), 'utf8')
    expect(bundle).toMatch(/precompiledValidators = \{ "2\.0": \w+, "3\.0": \w+, "3\.1": \w+ \}/)
  })

  it.each(invalid)(
    'report the same schema problems in %s (%s) as the validator compiled at run time',
    async (name, version) => {
      const file = join(dir, name)
      const run = runCli(['openapi-diff', file, file, '--format', 'json'])
      const inProcess = await compareFiles(file, file)
      expect(run.stderr).toBe('')
      expect(run.code).toBe(0)
      expect(JSON.parse(run.stdout)).toEqual(JSON.parse(renderJson(inProcess)))
      expect(inProcess.changes.map((c) => c.id)).toEqual(['openapi-document-schema-problems'])
      expect(inProcess.changes[0]!.message).toContain(`is not a valid ${version} document`)
    }
  )

  it.each(invalid)('refuse %s in strict mode with the message of the run-time validator', async (name) => {
    const file = join(dir, name)
    const run = runCli(['openapi-diff', file, file, '--strict'])
    const refusal = await compareFiles(file, file, undefined, { strict: true }).then(
      () => 'compared',
      (error: Error) => error.message
    )
    expect(run.code).toBe(2)
    expect(run.stderr).toBe(`openapi-diff: could not compare the documents. ${refusal}\n`)
  })
})
