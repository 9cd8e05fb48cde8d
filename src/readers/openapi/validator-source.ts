import standaloneCode from 'ajv/dist/standalone/index.js'
import type { SpecVersion } from './load.js'
import { compileValidator } from './validate.js'

/** The OpenAPI versions whose validators the build compiles ahead of time. */
export const PRECOMPILED_VERSIONS: readonly SpecVersion[] = ['2.0', '3.0', '3.1']

/**
 * Ajv's standalone code (an ES module whose default export is the validate function) for one
 * OpenAPI version, compiled with exactly the schema and options `schemaViolations` uses. Build
 * time only: scripts/build.mjs puts it in the bundles in place of src/readers/openapi/schema-validators.ts.
 */
export function validatorModuleSource(version: SpecVersion): string {
  const { ajv, validate } = compileValidator(version, { code: { source: true, esm: true } })
  const generate = ((standaloneCode as { default?: unknown }).default ?? standaloneCode) as (
    ajv: unknown,
    validate: unknown
  ) => string
  return generate(ajv, validate)
}

/** The module the build uses instead of schema-validators.ts: one import per precompiled version. */
export function precompiledValidatorsModuleSource(specifierOf: (version: SpecVersion) => string): string {
  const imports = PRECOMPILED_VERSIONS.map(
    (version, i) => `import v${i} from ${JSON.stringify(specifierOf(version))}`
  )
  const entries = PRECOMPILED_VERSIONS.map((version, i) => `${JSON.stringify(version)}: v${i}`)
  return `${imports.join('\n')}\nexport const precompiledValidators = { ${entries.join(', ')} }\n`
}
