import { GitRepo, type Files } from './git-repo.js'
import { SLO_FILE, readyBody } from './plans.js'

/** Merges a branch made of `files` into main the way GitHub's "Create a merge commit" does. */
export function mergePullRequest(
  repo: GitRepo,
  number: number,
  branch: string,
  title: string,
  files: Files,
  body = ''
): void {
  repo.branch(branch, 'main')
  repo.commit(files, title)
  repo.checkout('main')
  const message = [
    '-m',
    `Merge pull request #${number} from acme/${branch}`,
    '-m',
    title,
    ...(body ? ['-m', body] : [])
  ]
  repo.git('merge', '-q', '--no-ff', branch, ...message)
}

/** Commits `files` on main the way GitHub's "Squash and merge" does: `Title (#N)`. */
export function squashPullRequest(
  repo: GitRepo,
  number: number,
  title: string,
  files: Files,
  body = ''
): void {
  repo.commit(files, body ? `${title} (#${number})\n\n${body}` : `${title} (#${number})`)
}

export const CHANGELOG_WITH = (version: string): string =>
  `# Changelog\n\n## [${version}] - 2026-11-25\n\n- Things.\n\n## [1.0.0] - 2026-11-01\n\n- First.\n`

/**
 * v1.0.0 → v1.1.0 with four pull requests, each with a complete flag and rollback plan, by default
 * configuration (source changes need the CHANGELOG or docs): #1 ready (merge), #2 not ready (squash), #3 not ready (merge), #4 ready
 * (squash, owners in its plan), then a direct commit. `changelogEntry` decides whether the
 * release's CHANGELOG has an entry for 1.1.0.
 */
export function releaseHistory(changelogEntry: boolean): GitRepo {
  const repo = new GitRepo()
  repo.commit(
    {
      'src/app.ts': 'export {}\n',
      'slo/availability.yaml': SLO_FILE,
      'CHANGELOG.md': CHANGELOG_WITH('1.0.0')
    },
    'Release 1.0.0'
  )
  repo.git('tag', 'v1.0.0')
  mergePullRequest(
    repo,
    1,
    'feat/a',
    'Add a',
    { 'src/a.ts': 'export const a = 1\n', 'docs/a.md': '# A\n' },
    readyBody('a-flag', 'Test', 'Test')
  )
  squashPullRequest(
    repo,
    2,
    'Add b',
    { 'src/b.ts': 'export const b = 1\n' },
    readyBody('b-flag', 'Test', 'Test')
  )
  mergePullRequest(
    repo,
    3,
    'fix/c',
    'Fix c',
    { 'src/c.ts': 'export const c = 2\n' },
    readyBody('c-flag', 'Test', 'Test')
  )
  squashPullRequest(
    repo,
    4,
    'Document d',
    { 'src/d.ts': 'export const d = 1\n', 'docs/d.md': '# D\n' },
    readyBody('d-flag', '@d-oncall', '@d-oncall')
  )
  repo.commit(
    { 'CHANGELOG.md': changelogEntry ? CHANGELOG_WITH('1.1.0') : CHANGELOG_WITH('1.0.0') + '\n' },
    'Prepare 1.1.0'
  )
  // An annotated tag whose message is the release notes, with a complete flag and rollback plan.
  repo.git(
    'tag',
    '-a',
    '--cleanup=verbatim',
    'v1.1.0',
    '-m',
    readyBody('release-flag', '@release-team', '@release-oncall')
  )
  return repo
}
