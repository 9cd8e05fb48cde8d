// npm run demo: builds throw-away git histories from examples/ — one pull request that is ready
// and one that is not — runs the CLI on both and prints both reports. No network, no GitHub.
import { execFileSync, spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync } from 'node:fs'
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

console.log(`\nThe demo repository is kept at ${repo} — try:`)
console.log(`  node dist/cli.js check --repo ${repo} --base main --head chore/cleanup-api --format markdown`)
if (unexpected > 0) {
  console.error(`\n${unexpected} pull request(s) did not get the expected verdict.`)
  process.exitCode = 1
}
