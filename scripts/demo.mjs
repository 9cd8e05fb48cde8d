// npm run demo: builds throw-away git histories from examples/ — one pull request that is ready
// and one that is not — runs the CLI on both and prints both reports. Then it merges them (the
// not-ready one anyway) with a squash commit in between, tags v1.3.0 and writes the release report
// as an HTML page. No network, no GitHub.
import { execFileSync, spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const examples = join(root, 'examples')
const cli = join(root, 'dist', 'cli.js')
const work = mkdtempSync(join(tmpdir(), 'release-readiness-demo-'))
const repo = join(work, 'pets-service')
const env = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Demo',
  GIT_AUTHOR_EMAIL: 'demo@example.com',
  GIT_COMMITTER_NAME: 'Demo',
  GIT_COMMITTER_EMAIL: 'demo@example.com',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null'
}
const git = (...args) => execFileSync('git', args, { cwd: repo, env, encoding: 'utf8' })

cpSync(join(examples, 'service'), repo, { recursive: true })
git('init', '-q', '-b', 'main')
git('add', '-A')
git('commit', '-q', '-m', 'Release 1.2.0')
git('tag', 'v1.2.0')

const pullRequests = [
  { branch: 'feat/species-filter', title: 'Filter pets by species', dir: 'ready', expect: 0 },
  { branch: 'chore/cleanup-api', title: 'Clean up the pets API', dir: 'not-ready', expect: 1 }
]

let unexpected = 0
for (const pr of pullRequests) {
  git('checkout', '-q', '-b', pr.branch, 'main')
  cpSync(join(examples, 'pull-requests', pr.dir), repo, { recursive: true })
  git('add', '-A')
  git('commit', '-q', '-m', pr.title)
  const body = join(examples, 'pull-requests', `${pr.dir}.md`)
  const args = [
    'check',
    '--repo',
    repo,
    '--base',
    'main',
    '--head',
    pr.branch,
    '--title',
    pr.title,
    '--body-file',
    body
  ]
  console.log(`\n━━━ Pull request "${pr.title}" (${pr.branch} → main) ━━━`)
  const shown = args.map((a) =>
    a === repo
      ? '<demo repo>'
      : a === body
        ? `examples/pull-requests/${pr.dir}.md`
        : /\s/.test(a)
          ? `"${a}"`
          : a
  )
  console.log(`$ release-readiness ${shown.join(' ')}\n`)
  const run = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' })
  process.stdout.write(run.stdout)
  process.stderr.write(run.stderr)
  console.log(
    `(exit code ${run.status}: ${run.status === 0 ? 'GO' : run.status === 1 ? 'NO-GO' : 'could not evaluate'})`
  )
  if (run.status !== pr.expect) unexpected++
}

// The release: #12 merged with a merge commit, #13 squashed, #14 merged although it is not ready.
git('checkout', '-q', 'main')
const readyBody = readFileSync(join(examples, 'pull-requests', 'ready.md'), 'utf8')
git(
  'merge',
  '-q',
  '--no-ff',
  'feat/species-filter',
  '-m',
  'Merge pull request #12 from acme/feat/species-filter',
  '-m',
  'Filter pets by species',
  '-m',
  readyBody
)
const readme = join(repo, 'README.md')
writeFileSync(
  readme,
  readFileSync(readme, 'utf8').replace('A small HTTP service', 'A small HTTP service about pets')
)
git('commit', '-q', '-am', 'Clean up README (#13)')
git(
  'merge',
  '-q',
  '--no-ff',
  '-X',
  'theirs',
  'chore/cleanup-api',
  '-m',
  'Merge pull request #14 from acme/chore/cleanup-api',
  '-m',
  'Clean up the pets API'
)
const changelog = join(repo, 'CHANGELOG.md')
writeFileSync(
  changelog,
  readFileSync(changelog, 'utf8').replace('## [Unreleased]', '## [1.3.0] - 2026-11-25')
)
git('commit', '-q', '-am', 'Release 1.3.0')
const releaseNotes = [
  'Pets can be filtered by species.',
  '',
  '## Feature flag plan',
  '- Flag: `pets-species-filter`',
  '- Default: off',
  '- Rollout: internal → 5% → 25% → 100% over 7 days',
  '- Kill switch: turn `pets-species-filter` off in flagd',
  '- Owner: @pets-team',
  '',
  '## Rollback plan',
  '- Criteria: roll back if the pets API 5xx rate is above 2% for 10 minutes',
  '- Steps: redeploy v1.2.0',
  '- Owner: @pets-oncall'
].join('\n')
git('tag', '-a', '--cleanup=verbatim', 'v1.3.0', '-m', releaseNotes)

const page = join(work, 'release-v1.3.0.html')
const reportArgs = [
  'report',
  '--repo',
  repo,
  '--base',
  'v1.2.0',
  '--head',
  'v1.3.0',
  '--format',
  'html',
  '--output',
  page
]
console.log('\n━━━ Release v1.3.0 (v1.2.0 → v1.3.0: #12 merged, #13 squashed, #14 merged anyway) ━━━')
console.log(
  `$ release-readiness ${reportArgs.map((a) => (a === repo ? '<demo repo>' : a === page ? '<tmp>/release-v1.3.0.html' : a)).join(' ')}\n`
)
const release = spawnSync(process.execPath, [cli, ...reportArgs], { encoding: 'utf8' })
process.stdout.write(release.stdout)
process.stderr.write(release.stderr)
console.log(
  `(exit code ${release.status}: ${release.status === 0 ? 'GO' : release.status === 1 ? 'NO-GO' : 'could not evaluate'})`
)
if (release.status !== 1) unexpected++
console.log(`\nRelease report: ${page}`)

console.log(`\nThe demo repository is kept at ${repo} — try:`)
console.log(`  node dist/cli.js check --repo ${repo} --base main --head chore/cleanup-api --format markdown`)
console.log(`  node dist/cli.js report --repo ${repo} --base v1.2.0 --head v1.3.0`)
if (unexpected > 0) {
  console.error(`\n${unexpected} pull request(s) did not get the expected verdict.`)
  process.exitCode = 1
}
