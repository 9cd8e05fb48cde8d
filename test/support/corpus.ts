import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Check } from '../../src/engine/types.js'
import { fixtureChange, fixtureSource, fixturesDir, memoryLogger } from './fixture-source.js'

export type Label = 'pass' | 'fail'

/** The labels of a corpus folder under `test/fixtures/` (`labels.json`: body file → check id → label). */
export function corpusLabels(folder: string): Record<string, Record<string, Label>> {
  return JSON.parse(readFileSync(join(fixturesDir, folder, 'labels.json'), 'utf8')) as Record<
    string,
    Record<string, Label>
  >
}

/** Runs a text check on every labelled body of a corpus and lists where it disagrees with the label. */
export async function scoreCorpus(
  check: Check,
  folder: string
): Promise<{ agreed: number; total: number; misses: string[] }> {
  const labels = corpusLabels(folder)
  const misses: string[] = []
  for (const [name, label] of Object.entries(labels)) {
    const body = readFileSync(join(fixturesDir, folder, name), 'utf8')
    const result = await check.run({
      config: check.meta.defaultConfig,
      change: await fixtureChange('pr-corpus', { body }),
      source: fixtureSource('pr-corpus'),
      log: memoryLogger(),
      waivers: []
    })
    if (result.status !== label[check.meta.id])
      misses.push(`${folder}/${name}: labelled ${label[check.meta.id]}, got ${result.status}`)
  }
  const total = Object.keys(labels).length
  return { agreed: total - misses.length, total, misses }
}
