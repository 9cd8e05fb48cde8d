import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('../../../', import.meta.url))
const shared = ['src/sources/github', 'src/reports/on-github'].flatMap((dir) =>
  readdirSync(`${root}${dir}`).map((f) => `${dir}/${f}`)
)

describe('the GitHub-facing code shared by the Action and the App', () => {
  it.each(shared)('%s imports nothing from @actions/* or the Action', (file) => {
    const text = readFileSync(`${root}${file}`, 'utf8')
    const imports = [...text.matchAll(/from '([^']+)'/g)].map((m) => m[1]!)
    expect(
      imports.filter((i) => i.startsWith('@actions/') || i.includes('/action/') || i === 'probot')
    ).toEqual([])
  })
})
