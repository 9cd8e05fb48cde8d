import { describe, expect, it } from '@jest/globals'
import { RuleTester } from 'eslint'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import ts from 'typescript'
import tseslint from 'typescript-eslint'
import { importProblem, packageProblem, plugin, root, unitOf } from '../eslint/layers.mjs'

interface Import {
  from: string
  specifier: string
}

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = `${dir}/${entry.name}`
    if (entry.isDirectory()) return sourceFiles(rel)
    return entry.name.endsWith('.ts') ? [rel] : []
  })
}

/** Every import, re-export and dynamic import of src/ and checks/, read with the TypeScript scanner. */
function allImports(files: string[]): Import[] {
  return files.flatMap((from) =>
    ts
      .preProcessFile(readFileSync(path.join(root, from), 'utf8'), true, true)
      .importedFiles.map((f) => ({ from, specifier: f.fileName }))
  )
}

const resolve = ({ from, specifier }: Import) =>
  path.posix.normalize(path.posix.join(path.posix.dirname(from), specifier))

/** The folder-level graph: unit -> units it imports (its own unit left out). */
function unitGraph(imports: Import[]): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>()
  for (const i of imports) {
    const a = unitOf(i.from)?.unit
    if (!a) continue
    if (!graph.has(a)) graph.set(a, new Set())
    if (!i.specifier.startsWith('.')) continue
    const b = unitOf(resolve(i))?.unit
    if (b && b !== a) graph.get(a)!.add(b)
  }
  return graph
}

/** The strongly connected components with more than one member (Tarjan), each sorted: the cycles. */
function findCycles(graph: Map<string, Set<string>>): string[][] {
  let next = 0
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const onStack = new Set<string>()
  const cycles: string[][] = []
  const visit = (v: string) => {
    index.set(v, next)
    low.set(v, next++)
    stack.push(v)
    onStack.add(v)
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w)
        low.set(v, Math.min(low.get(v)!, low.get(w)!))
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!))
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = []
      let w: string
      do {
        w = stack.pop()!
        onStack.delete(w)
        component.push(w)
      } while (w !== v)
      if (component.length > 1) cycles.push(component.sort())
    }
  }
  for (const v of [...graph.keys()].sort()) if (!index.has(v)) visit(v)
  return cycles
}

const files = [...sourceFiles('src'), ...sourceFiles('checks')]
const imports = allImports(files)
const graph = unitGraph(imports)
const edges = [...graph].flatMap(([a, bs]) => [...bs].map((b) => `${a} -> ${b}`))

describe('the layers of the code base (docs/architecture.md)', () => {
  it('reads the whole code base', () => {
    expect(files.length).toBeGreaterThan(200)
    expect(edges).toEqual(expect.arrayContaining(['checks -> src/readers/openapi', 'src/app -> src/store']))
    expect(edges).toEqual(expect.arrayContaining(['src/reports/release -> src/sources']))
  })

  it('puts every file of src/ and checks/ in a layer', () => {
    expect(files.filter((f) => !unitOf(f))).toEqual([])
  })

  it('has no import going up a layer, across to a layer beside it, or to a runtime package it does not own', () => {
    const problems = imports.flatMap((i) => {
      const problem = i.specifier.startsWith('.')
        ? importProblem(i.from, resolve(i))
        : packageProblem(i.from, i.specifier)
      return problem ? [`${i.from}: ${i.specifier} (${problem.messageId})`] : []
    })
    expect(problems).toEqual([])
  })

  it('has no import cycle between folders', () => {
    expect(findCycles(graph)).toEqual([])
  })

  it('keeps the App, the Action and the CLI apart', () => {
    const doors = ['src/action', 'src/app', 'src/cli']
    expect(edges.filter((e) => doors.some((a) => doors.some((b) => e === `${a} -> ${b}`)))).toEqual([])
  })

  it('finds a cycle when there is one', () => {
    const cyclic = new Map([
      ['a', new Set(['b'])],
      ['b', new Set(['c'])],
      ['c', new Set(['a'])],
      ['d', new Set(['a'])]
    ])
    expect(findCycles(cyclic)).toEqual([['a', 'b', 'c']])
  })
})

RuleTester.describe = describe
RuleTester.it = it
RuleTester.itOnly = it.only
const tester = new RuleTester({ languageOptions: { parser: tseslint.parser as never } })
const at = (file: string) => path.join(root, file)

describe('the layers/import-direction lint rule', () => {
  tester.run('import-direction', plugin.rules['import-direction'], {
    valid: [
      { filename: at('src/engine/evaluate.ts'), code: "import { matches } from './globs.js'" },
      {
        filename: at('checks/slo-defined.ts'),
        code: "import { readSloFile } from '../src/readers/slo/read-slo-file.js'"
      },
      {
        filename: at('src/app/index.ts'),
        code: "import { renderMarkdown } from '../reports/change/index.js'"
      },
      { filename: at('src/cli/main.ts'), code: "import type { Check } from '../engine/types.js'" },
      { filename: at('src/sources/github/client.ts'), code: "import { Octokit } from '@octokit/rest'" },
      { filename: at('test/app/x.test.ts'), code: "import { run } from '../../src/action/main.js'" }
    ],
    invalid: [
      {
        filename: at('src/engine/evaluate.ts'),
        code: "import { handlePullRequest } from '../app/handle-pull-request.js'",
        errors: [{ messageId: 'upward', data: { from: 'engine', to: 'app' } }]
      },
      {
        filename: at('src/app/check-run-result.ts'),
        code: "import { planAnnotations } from '../action/annotations.js'",
        errors: [{ messageId: 'sideways', data: { from: 'app', to: 'action' } }]
      },
      {
        filename: at('src/readers/flags/find-introduced-flags.ts'),
        code: "export { addedLines } from '../../sources/added-lines.js'",
        errors: [{ messageId: 'sideways', data: { from: 'readers', to: 'sources' } }]
      },
      {
        filename: at('src/sources/local-git.ts'),
        code: "const m = await import('../reports/release/types.js')",
        errors: [{ messageId: 'upward', data: { from: 'sources', to: 'reports' } }]
      },
      {
        filename: at('src/engine/types.ts'),
        code: "import type { Context } from 'probot'",
        errors: [{ messageId: 'package', data: { from: 'engine', to: 'probot', owners: 'app' } }]
      },
      {
        filename: at('src/app/index.ts'),
        code: "import * as core from '@actions/core'",
        errors: [{ messageId: 'package', data: { from: 'app', to: '@actions/core', owners: 'action' } }]
      },
      {
        filename: at('src/reports/change/index.ts'),
        code: "import { Octokit } from '@octokit/rest'",
        errors: [
          {
            messageId: 'package',
            data: { from: 'reports', to: '@octokit/rest', owners: 'sources, action, app, cli' }
          }
        ]
      },
      {
        filename: at('src/cli/main.ts'),
        code: "import { x } from '../misc/x.js'",
        errors: [{ messageId: 'unmapped', data: { to: 'src/misc/x.js' } }]
      }
    ]
  })
})
