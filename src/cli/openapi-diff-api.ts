import { openapiRules } from '../readers/openapi/rules/catalogue.js'
import { loadSpec, type LoadOptions } from '../readers/openapi/load.js'
import { compareSpecs, type Comparison } from '../readers/openapi/compare.js'
import { sourceForFile } from './openapi-diff-fs-source.js'

export { openapiDiffCommand } from './openapi-diff-command.js'
export { OpenApiDocumentError } from '../readers/openapi/errors.js'

/** Loads one file as an OpenAPI document (for scripts: sweeps and comparisons). */
export async function loadFile(file: string, options: LoadOptions = {}) {
  const { source, path } = sourceForFile(file)
  return loadSpec(source, 'fs', path, options)
}

/** Compares two files with every rule (for scripts). The same file twice is parsed twice: two separate trees. */
export async function compareFiles(
  baseFile: string,
  headFile: string,
  options: LoadOptions = {}
): Promise<Comparison> {
  const base = await loadFile(baseFile, { ...options, validate: options.strict === true })
  const head = await loadFile(headFile, options)
  return compareSpecs(base, head, { rules: openapiRules })
}
