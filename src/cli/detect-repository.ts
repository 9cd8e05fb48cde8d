import { readdir, readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { mightHoldSlo, readSloFile } from '../readers/slo/read-slo-file.js'

/** What `release-readiness init` found in a working tree. */
export interface RepositoryFacts {
  /** OpenAPI (3.x) and Swagger (2.0) documents, by content. */
  openapi: string[]
  /** Files holding at least one SLO any supported format reads, with the services they name. */
  sloFiles: Array<{ file: string; services: string[] }>
  /** Service name → globs of its source: folders under services/, apps/, cmd/ (and packages/ with a service of the same name). */
  services: Record<string, string[]>
  /** Feature-flag SDKs in the dependency manifests, and flagd definition files. */
  flagSdks: Array<{ name: string; file: string }>
  /** True when the walk stopped at `MAX_FILES`. */
  truncated: boolean
}

const SKIP = new Set([
  'node_modules',
  '.git',
  'dist',
  'build',
  'vendor',
  'target',
  '.venv',
  'venv',
  'coverage',
  '.next'
])
const MAX_FILES = 20_000
const MAX_BYTES = 1024 * 1024
const TEST_PATH = /(^|\/)(test|tests|__tests__|spec|fixtures?|testdata|examples?)\//

/** Dependency names of flag SDKs, per ecosystem, and how to call them in a message. */
const SDKS: Array<{ name: string; pattern: RegExp }> = [
  {
    name: 'OpenFeature',
    pattern: /@openfeature\/|open-feature\/go-sdk|openfeature[-_]sdk|dev\.openfeature/i
  },
  { name: 'LaunchDarkly', pattern: /launchdarkly/i },
  { name: 'Unleash', pattern: /unleash[-_]?client|@unleash\/|Unleash\/unleash-client/i },
  { name: 'Flagsmith', pattern: /flagsmith/i },
  { name: 'GrowthBook', pattern: /growthbook/i },
  { name: 'ConfigCat', pattern: /configcat/i },
  { name: 'Split', pattern: /@splitsoftware\/|splitio/i }
]
const MANIFEST =
  /(^|\/)(package\.json|go\.mod|requirements[\w.-]*\.txt|pyproject\.toml|Pipfile|Gemfile|pom\.xml|build\.gradle(\.kts)?|Cargo\.toml|composer\.json)$/

/** Lists the files of `root` (repository-relative, forward slashes), skipping dependencies and builds. */
async function listFiles(root: string): Promise<{ files: string[]; truncated: boolean }> {
  const files: string[] = []
  const queue = ['']
  while (queue.length > 0) {
    const dir = queue.shift()!
    let entries
    try {
      entries = await readdir(join(root, dir), { withFileTypes: true })
    } catch {
      continue
    }
    entries.sort((a, b) => a.name.localeCompare(b.name))
    for (const entry of entries) {
      const path = dir === '' ? entry.name : `${dir}/${entry.name}`
      if (entry.isDirectory()) {
        if (!SKIP.has(entry.name)) queue.push(path)
      } else if (entry.isFile()) {
        files.push(path)
        if (files.length >= MAX_FILES) return { files, truncated: true }
      }
    }
  }
  return { files, truncated: false }
}

async function readSmall(root: string, path: string): Promise<string | undefined> {
  try {
    if ((await stat(join(root, path))).size > MAX_BYTES) return undefined
    const text = await readFile(join(root, path), 'utf8')
    return text.includes('\u0000') ? undefined : text
  } catch {
    return undefined
  }
}

/**
 * Looks through a working tree for what the configuration should name: OpenAPI documents (a
 * top-level `openapi:` or `swagger:` key), SLO files (read with the same parsers as `slo-defined`),
 * services (folders under `services/`, `apps/` or `cmd/`) and feature-flag SDKs (dependency
 * manifests and flagd files). Test data is ignored. Reads at most 20,000 files of up to 1 MiB.
 */
export async function detectRepository(root: string): Promise<RepositoryFacts> {
  const { files, truncated } = await listFiles(root)
  const facts: RepositoryFacts = { openapi: [], sloFiles: [], services: {}, flagSdks: [], truncated }
  const sdkSeen = new Set<string>()
  const addSdk = (name: string, file: string): void => {
    if (sdkSeen.has(name)) return
    sdkSeen.add(name)
    facts.flagSdks.push({ name, file })
  }
  for (const file of files) {
    if (TEST_PATH.test(file)) continue
    const service = /^(?:services|apps|cmd)\/([\w.-]+)\//.exec(file)
    if (service && !facts.services[service[1]!])
      facts.services[service[1]!] = [`${file.split('/')[0]}/${service[1]}/**`]
    if (MANIFEST.test(file)) {
      const text = await readSmall(root, file)
      if (text) for (const sdk of SDKS) if (sdk.pattern.test(text)) addSdk(sdk.name, file)
      continue
    }
    if (!/\.(ya?ml|json)$/i.test(file) || /(^|\/)(package(-lock)?\.json|tsconfig[\w.-]*\.json)$/.test(file))
      continue
    const text = await readSmall(root, file)
    if (!text) continue
    if (/^(?:openapi|swagger)\s*:\s*["']?\d/m.test(text) || /^\s*\{\s*"(?:openapi|swagger)"\s*:/.test(text))
      facts.openapi.push(file)
    else if (mightHoldSlo(text)) {
      const read = readSloFile(file, text)
      if (read.candidates.length > 0)
        facts.sloFiles.push({
          file,
          services: [...new Set(read.candidates.map((c) => c.service).filter((s): s is string => !!s))].sort()
        })
    } else if (/"defaultVariant"|\bdefaultVariant\s*:/.test(text) && /"?flags"?\s*:/.test(text))
      addSdk('flagd', file)
  }
  return facts
}
