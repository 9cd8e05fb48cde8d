import { describe, expect, it } from '@jest/globals'
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { LineCounter, parse, parseDocument, isMap, isPair, isScalar, isSeq, type Node } from 'yaml'
import { parseText } from '../../../src/readers/openapi/parse-text.js'
import { openapiFixtures } from '../../support/openapi.js'

/** Every pointer path in a value, parents before children. */
function pathsOf(value: unknown, prefix: string[] = []): string[][] {
  const out = [prefix]
  if (value !== null && typeof value === 'object')
    for (const [key, child] of Object.entries(value)) out.push(...pathsOf(child, [...prefix, key]))
  return out
}

/** The reference answer: the line of the key (or item) at `path`, from yaml's syntax tree of the same text (JSON is YAML). */
function yamlLine(text: string): (path: string[]) => number {
  const lineCounter = new LineCounter()
  const doc = parseDocument(text, { lineCounter })
  return (path) => {
    let node: unknown = doc.contents
    let offset = (doc.contents as Node).range![0]
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === key)!
        offset = (pair.key as Node).range![0]
        node = pair.value
      } else if (isSeq(node)) {
        node = node.items[Number(key)]
        offset = (node as Node).range![0]
      }
    }
    return lineCounter.linePos(offset).line
  }
}

/** A deterministic shuffle, so lookups also arrive out of document order. */
function shuffled<T>(items: T[]): T[] {
  const out = [...items]
  let seed = 7
  for (let i = out.length - 1; i > 0; i--) {
    seed = (seed * 48271) % 2147483647
    const j = seed % (i + 1)
    ;[out[i], out[j]] = [out[j]!, out[i]!]
  }
  return out
}

const tricky = `{"a": "x\\"}]{[\\\\", "é": {"ü": [1, {"k": "\\u007d"}],
  "n": null}, "list": [[], {}, [ { "deep": [ true ] } ],
    "line\\nbreak"],
 "z": { "b~c/d": 1.5e3 }
}`

describe('the line of a JSON pointer, found lazily in JSON text', () => {
  const documents: Array<[string, string]> = [
    ['a compact document with escapes, non-ASCII keys and nested lists', tricky],
    ...readdirSync(openapiFixtures)
      .filter((_, i) => i % 4 === 0)
      .map((name): [string, string] => [
        `${name}, pretty-printed`,
        JSON.stringify(parse(readFileSync(join(openapiFixtures, name, 'head.yaml'), 'utf8')), null, 2)
      ])
  ]

  it.each(documents)('is the line yaml gives for every place in %s, in any lookup order', (_, text) => {
    const expected = yamlLine(text)
    const value: unknown = JSON.parse(text)
    const paths = pathsOf(value)
    const inOrder = parseText('api.json', text)
    const outOfOrder = parseText('api.json', text)
    for (const path of paths) expect([path, inOrder.lineOf(path)]).toEqual([path, expected(path)])
    for (const path of shuffled(paths))
      expect([path, outOfOrder.lineOf(path)]).toEqual([path, expected(path)])
  })

  it('is the line of the nearest existing ancestor for a place that does not exist', () => {
    const file = parseText('api.json', tricky)
    expect(file.lineOf(['é', 'ü', '1', 'missing'])).toBe(1)
    expect(file.lineOf(['list', '2', '0', 'deep', '5'])).toBe(2)
    expect(file.lineOf(['z', 'nothing'])).toBe(4)
  })
})
