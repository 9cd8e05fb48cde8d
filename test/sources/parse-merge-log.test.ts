import { describe, expect, it } from '@jest/globals'
import { parseDiffTreeStdin } from '../../src/sources/parse-diff-tree.js'
import { parseMergeLog } from '../../src/sources/parse-merge-log.js'

const sha = (c: string): string => c.repeat(40)
const record = (h: string, parents: string[], author: string, subject: string, body = ''): string =>
  `${h}\0${parents.join(' ')}\0${author}\0${subject}\0${body}\x1e\n`

describe('parseMergeLog', () => {
  // git log prints the newest commit first
  const log = [
    record(sha('e'), [sha('d')], 'Eve', 'Bump version'),
    record(
      sha('d'),
      [sha('c'), sha('9')],
      'Dan',
      'Merge pull request #14 from acme/chore/cleanup-api',
      'Clean up the pets API\n'
    ),
    record(sha('c'), [sha('b')], 'Cat', 'Clean up README (#13)', '* tidy wording\n* fix a link\n'),
    record(
      sha('b'),
      [sha('a'), sha('8')],
      'Bob',
      'Merge pull request #12 from acme/feat/species-filter',
      'Filter pets by species\n\n## Rollback plan\n- Owner: @pets-oncall\n'
    )
  ].join('')

  it('finds merge and squash pull requests, oldest first, with the commits each is judged between', () => {
    const { pullRequests } = parseMergeLog(log)
    expect(pullRequests.map((pr) => [pr.number, pr.style, pr.base, pr.head, pr.sha])).toEqual([
      [12, 'merge', sha('a'), sha('8'), sha('b')],
      [13, 'squash', sha('b'), sha('c'), sha('c')],
      [14, 'merge', sha('c'), sha('9'), sha('d')]
    ])
  })

  it('takes the title from a merge body or a squash subject, and the rest as the body', () => {
    const [twelve, thirteen, fourteen] = parseMergeLog(log).pullRequests
    expect(twelve).toMatchObject({
      title: 'Filter pets by species',
      branch: 'acme/feat/species-filter',
      body: '## Rollback plan\n- Owner: @pets-oncall',
      bodySource: 'commit-message'
    })
    expect(thirteen).toMatchObject({ title: 'Clean up README', body: '* tidy wording\n* fix a link' })
    expect(fourteen).toMatchObject({ title: 'Clean up the pets API', bodySource: 'none' })
    expect(fourteen!.body).toBeUndefined()
  })

  it('lists commits that no pull request brought in as direct commits', () => {
    expect(parseMergeLog(log).directCommits).toEqual([
      { sha: sha('e'), subject: 'Bump version', author: 'Eve' }
    ])
  })

  it('does not take a one-parent "Merge pull request" or a two-parent "(#N)" commit for a pull request', () => {
    const odd = [
      record(sha('2'), [sha('1')], 'A', 'Merge pull request #5 from a/b'),
      record(sha('3'), [sha('2'), sha('7')], 'A', 'Sync (#6)')
    ].join('')
    const found = parseMergeLog(odd)
    expect(found.pullRequests).toEqual([])
    expect(found.directCommits.map((c) => c.subject)).toEqual(['Sync (#6)', 'Merge pull request #5 from a/b'])
  })

  it('keeps the first merge of a pull request number and reads an empty log as nothing', () => {
    const twice = [
      record(sha('4'), [sha('3')], 'A', 'Retry (#7)'),
      record(sha('3'), [sha('2')], 'A', 'First try (#7)')
    ].join('')
    expect(parseMergeLog(twice).pullRequests.map((pr) => pr.title)).toEqual(['First try'])
    expect(parseMergeLog('')).toEqual({ pullRequests: [], directCommits: [] })
  })
})

describe('parseDiffTreeStdin', () => {
  it('splits the batched output into one file list per input line, empty diffs included', () => {
    const out = [
      sha('a'),
      'M',
      'src/a.ts',
      'R087',
      'old.md',
      'docs/new.md',
      sha('b'),
      sha('c'),
      'A',
      'x',
      'D',
      'y',
      ''
    ].join('\0')
    expect(parseDiffTreeStdin(out)).toEqual([
      [
        { path: 'src/a.ts', status: 'modified' },
        { path: 'docs/new.md', status: 'renamed', previousPath: 'old.md' }
      ],
      [],
      [
        { path: 'x', status: 'added' },
        { path: 'y', status: 'removed' }
      ]
    ])
  })
})
