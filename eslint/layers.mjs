// The layer map of the code base, and the ESLint rule that enforces it (docs/architecture.md).
//
// Every folder of src/ and checks/ belongs to one layer. A file may import its own layer and any
// layer of a lower rank; never a higher rank, and never another layer of the same rank (readers and
// sources do not know each other; the three doors do not know each other). Runtime packages stay in
// the doors that own them. test/ and scripts/ are outside the map: they may import anything.
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** The repository root (this file lives in eslint/). */
export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/**
 * The layers, bottom first. `units` are the folders whose import graph must stay acyclic
 * (`src/readers/*` means each folder directly under src/readers/).
 */
export const layers = [
  { name: 'engine', rank: 0, units: ['src/engine'] },
  { name: 'readers', rank: 1, units: ['src/readers/*'] },
  { name: 'sources', rank: 1, units: ['src/sources', 'src/sources/github'] },
  { name: 'checks', rank: 2, units: ['checks'] },
  { name: 'reports', rank: 2, units: ['src/reports/*'] },
  { name: 'store', rank: 3, units: ['src/store'] },
  { name: 'action', rank: 4, units: ['src/action'] },
  { name: 'app', rank: 4, units: ['src/app'] },
  { name: 'cli', rank: 4, units: ['src/cli'] },
  { name: 'docs', rank: 4, units: ['src/docs'] }
]

/** Packages only some layers may import: the runtimes stay in their doors, the GitHub client in sources and doors. */
export const packageOwners = [
  { pattern: /^probot(\/|$)/, layers: ['app'] },
  { pattern: /^@actions\//, layers: ['action'] },
  { pattern: /^(@octokit\/|octokit(\/|$))/, layers: ['sources', 'action', 'app', 'cli'] }
]

const toPosix = (p) => p.split(path.sep).join('/')

/** The unit (a folder of the map) of a repository-relative path, or undefined when it is outside the map. */
export function unitOf(relativePath) {
  const file = toPosix(relativePath)
  let best
  for (const layer of layers) {
    for (const unit of layer.units) {
      let folder
      if (unit.endsWith('/*')) {
        const parent = unit.slice(0, -2)
        const rest = file.startsWith(`${parent}/`) ? file.slice(parent.length + 1).split('/') : []
        if (rest.length >= 2) folder = `${parent}/${rest[0]}`
      } else if (file.startsWith(`${unit}/`)) folder = unit
      if (folder && (!best || folder.length > best.unit.length)) best = { unit: folder, layer }
    }
  }
  return best
}

/** Why importing `to` from `from` (both repository-relative file paths) breaks the map, or undefined. */
export function importProblem(from, to) {
  const a = unitOf(from)
  const b = unitOf(to)
  if (!a) return undefined
  if (!b) {
    const target = toPosix(to)
    if (target.startsWith('src/') || target.startsWith('checks/'))
      return { messageId: 'unmapped', data: { to: target } }
    return undefined
  }
  if (a.layer === b.layer) return undefined
  if (b.layer.rank > a.layer.rank)
    return { messageId: 'upward', data: { from: a.layer.name, to: b.layer.name } }
  if (b.layer.rank === a.layer.rank)
    return { messageId: 'sideways', data: { from: a.layer.name, to: b.layer.name } }
  return undefined
}

/** Why a layer may not import the package `specifier`, or undefined. */
export function packageProblem(from, specifier) {
  const a = unitOf(from)
  if (!a) return undefined
  const owner = packageOwners.find((o) => o.pattern.test(specifier))
  if (!owner || owner.layers.includes(a.layer.name)) return undefined
  return {
    messageId: 'package',
    data: { from: a.layer.name, to: specifier, owners: owner.layers.join(', ') }
  }
}

const importDirection = {
  meta: {
    type: 'problem',
    docs: {
      description: 'Imports go down the layers of docs/architecture.md; doors never import each other.',
      url: 'docs/architecture.md'
    },
    schema: [],
    messages: {
      upward:
        'The {{from}} layer may not import from the {{to}} layer above it: move the shared code down (docs/architecture.md).',
      sideways:
        'The {{from}} layer may not import from {{to}}, a layer beside it: move the shared code to a lower layer both may use (docs/architecture.md).',
      package:
        'The {{from}} layer may not import {{to}}: only {{owners}} may. Pass what it needs in as an argument (docs/architecture.md).',
      unmapped:
        '{{to}} is in no layer: add its folder to the layer map in eslint/layers.mjs (docs/architecture.md).'
    }
  },
  create(context) {
    const from = path.relative(root, context.filename)
    const check = (node, source) => {
      if (!source || source.type !== 'Literal' || typeof source.value !== 'string') return
      const specifier = source.value
      const problem = specifier.startsWith('.')
        ? importProblem(from, path.relative(root, path.resolve(path.dirname(context.filename), specifier)))
        : packageProblem(from, specifier)
      if (problem) context.report({ node: source, ...problem })
    }
    return {
      ImportDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ImportExpression: (node) => check(node, node.source)
    }
  }
}

/** The local ESLint plugin: `layers/import-direction`. */
export const plugin = { meta: { name: 'layers' }, rules: { 'import-direction': importDirection } }
