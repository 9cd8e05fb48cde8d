import { randomUUID } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { example, PLAN } from '../../support/action-scenario.js'
import { readFolder, type FakeGitHub, type Files } from '../../support/fake-github.js'

/** One webhook delivery of the fleet's burst. */
export type Delivery = {
  index: number
  id: string
  event: string
  /** `pull_request.opened`, `issue_comment.created`, … (for the figures). */
  kind: string
  /** The signed body, made when the delivery is sent (after `before`). */
  body: () => string
  /** What the delivery changes on the double before it is sent (a push moves the pull request's head). */
  before?: () => void
  subject: string
}

/** What the burst sends, in order, and what each subject must end with. */
export interface Plan {
  base: string
  deliveries: Delivery[]
  /** Pull request number → its last head, the one its final check run must be on. */
  latestHead: Map<number, string>
  /** Head SHA → the verdict its files give (documented: go; undocumented: no-go). */
  verdictOf: Map<string, 'go' | 'no-go'>
  releases: Array<{ tag: string; sha: string }>
  /** Workflow run id → the commit and environment its deployment protection rule request is for. */
  deploymentsOf: Map<number, { sha: string; environment: string }>
}

export interface PlanSettings {
  root: string
  total: number
  pullCount: number
  releaseCount: number
  deploymentCount: number
  commentCount: number
  seed: number
}

/**
 * The burst, built over the repository `acme/shop` of the double (which must be listening: the
 * deployment callbacks name its URL): every pull request opened first, then pushes of new heads
 * (each head documented or not, at random), `/release-readiness recheck` comments, published
 * releases and deployment protection rule requests for a pull request's current head, shuffled.
 * Payloads are `@octokit/webhooks-examples`' (and the deployment fixture), pointed at the double.
 */
export function planDeliveries(github: FakeGitHub, settings: PlanSettings): Plan {
  const { root, total, pullCount, releaseCount, deploymentCount, commentCount } = settings
  const rand = random(settings.seed)
  const pushes = total - pullCount - releaseCount - deploymentCount - commentCount
  if (pushes < 0) throw new Error(`[fleet] ${total} deliveries cannot hold the mix asked for`)
  const shop = (folder: string): Files => readFolder(join(root, 'test/fixtures/repos/action-shop', folder))
  const base = github.commit(shop('base'))
  github.refs.set('heads/main', base)
  github.roles.set('pr-author', 'maintain')
  const variants = { go: shop('head-documented'), 'no-go': shop('head-undocumented') }
  /** head SHA → the verdict its files give. */
  const verdictOf = new Map<string, 'go' | 'no-go'>()
  let revision = 0
  const newHead = (number: number): string => {
    const verdict = rand() < 0.5 ? 'go' : 'no-go'
    const files = new Map(variants[verdict])
    files.set(
      'src/pets.ts',
      Buffer.concat([files.get('src/pets.ts')!, Buffer.from(`// revision ${number}.${revision++}\n`)])
    )
    const sha = github.commit(files, base)
    verdictOf.set(sha, verdict)
    return sha
  }

  // --- the deliveries, in the order they are sent ---------------------------------------------------
  const kinds: string[] = [
    ...Array<string>(pushes).fill('synchronize'),
    ...Array<string>(releaseCount).fill('release'),
    ...Array<string>(deploymentCount).fill('deployment'),
    ...Array<string>(commentCount).fill('comment')
  ]
  for (let i = kinds.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1))
    ;[kinds[i], kinds[j]] = [kinds[j]!, kinds[i]!]
  }
  // Every pull request is opened first; the other deliveries follow, interleaved.
  const plan: Array<Omit<Delivery, 'index'>> = []
  const latestHead = new Map<number, string>()
  const commentsOn = new Map<number, number>()
  const deploymentsOf = new Map<number, { sha: string; environment: string }>()
  const releases: Array<{ tag: string; sha: string }> = []
  const deliveryId = (): string => randomUUID()
  const pullEvent = (number: number, action: string, sha: string): Omit<Delivery, 'index'> => {
    const payload = repositoryOf(example('pull_request', action), github)
    Object.assign(payload.pull_request, {
      number,
      state: 'open',
      title: `Change ${number}`,
      body: PLAN,
      labels: [],
      user: { ...payload.pull_request.user, login: 'pr-author' }
    })
    Object.assign(payload.pull_request.base, { sha: base, ref: 'main' })
    Object.assign(payload.pull_request.head, { sha, ref: `change-${number}` })
    payload.number = number
    const body = JSON.stringify(payload)
    return {
      id: deliveryId(),
      event: 'pull_request',
      kind: `pull_request.${action}`,
      body: () => body,
      subject: `pull #${number}`,
      before: () => {
        const pull = github.pulls.get(number)
        if (pull) pull.head = { ref: `change-${number}`, sha }
        else
          github.addPull({
            number,
            title: `Change ${number}`,
            body: PLAN,
            user: { login: 'pr-author' },
            base: { ref: 'main', sha: base },
            head: { ref: `change-${number}`, sha }
          })
      }
    }
  }
  for (let n = 1; n <= pullCount; n++) {
    const sha = newHead(n)
    latestHead.set(n, sha)
    plan.push(pullEvent(n, 'opened', sha))
  }
  let nextPull = 0
  const deploymentFixture = JSON.parse(
    readFileSync(join(root, 'test/fixtures/events/deployment_protection_rule.requested.json'), 'utf8')
  ) as Record<string, any>
  for (const kind of kinds) {
    const number = (nextPull++ % pullCount) + 1
    if (kind === 'synchronize') {
      const sha = newHead(number)
      latestHead.set(number, sha)
      plan.push(pullEvent(number, 'synchronize', sha))
    } else if (kind === 'comment') {
      // At most three per pull request: the App's recheck limit (per window) would defer more.
      let target = number
      while ((commentsOn.get(target) ?? 0) >= 3) target = (target % pullCount) + 1
      commentsOn.set(target, (commentsOn.get(target) ?? 0) + 1)
      const payload = repositoryOf(example('issue_comment', 'created'), github)
      payload.issue.number = target
      payload.issue.state = 'open'
      payload.issue.pull_request = { url: '', html_url: '', diff_url: '', patch_url: '' }
      payload.issue.user = { ...payload.issue.user, login: 'pr-author' }
      payload.comment.body = '/release-readiness recheck'
      payload.comment.user = { ...payload.comment.user, login: 'pr-author', type: 'User' }
      payload.comment.author_association = 'COLLABORATOR'
      const body = JSON.stringify(payload)
      plan.push({
        id: deliveryId(),
        event: 'issue_comment',
        kind: 'issue_comment.created',
        body: () => body,
        subject: `pull #${target}`
      })
    } else if (kind === 'release') {
      const tag = `v2.${releases.length}.0`
      const sha = newHead(1000 + releases.length)
      releases.push({ tag, sha })
      const payload = repositoryOf(example('release', 'published'), github)
      plan.push({
        id: deliveryId(),
        event: 'release',
        kind: 'release.published',
        body: () => JSON.stringify(payload),
        subject: `release ${tag}`,
        // The release exists on the double only from its delivery on.
        before: () => {
          const release = github.addRelease(tag, sha, { body: PLAN })
          Object.assign(payload.release, {
            id: release.id,
            tag_name: tag,
            name: tag,
            body: release.body,
            draft: false,
            prerelease: false,
            target_commitish: 'main',
            published_at: release.published_at
          })
        }
      })
    } else {
      const runId = 9_000_000 + deploymentsOf.size
      const environment = deploymentsOf.size % 3 === 2 ? 'staging' : 'production'
      const sha = latestHead.get(number)!
      deploymentsOf.set(runId, { sha, environment })
      const payload = repositoryOf(structuredClone(deploymentFixture), github)
      payload.environment = environment
      payload.deployment.sha = sha
      payload.deployment.environment = environment
      payload.deployment.original_environment = environment
      payload.deployment.id = 500_000 + runId
      payload.deployment_callback_url = `${github.url}/repos/acme/shop/actions/runs/${runId}/deployment_protection_rule`
      const body = JSON.stringify(payload)
      plan.push({
        id: deliveryId(),
        event: 'deployment_protection_rule',
        kind: 'deployment_protection_rule.requested',
        body: () => body,
        subject: `deployment run ${runId}`
      })
    }
  }
  return {
    base,
    deliveries: plan.map((d, index) => ({ ...d, index })),
    latestHead,
    verdictOf,
    releases,
    deploymentsOf
  }
}

/** A small deterministic generator, so a run can be repeated. */
function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0
    return state / 2 ** 32
  }
}

/** Points a real example payload at the double's repository. */
function repositoryOf(payload: Record<string, any>, github: FakeGitHub): Record<string, any> {
  Object.assign(payload.repository, {
    name: github.repo,
    full_name: `${github.owner}/${github.repo}`,
    html_url: `https://github.com/${github.owner}/${github.repo}`,
    default_branch: 'main'
  })
  payload.repository.owner.login = github.owner
  payload.installation = { id: 1, node_id: 'MDIzOkludGVncmF0aW9uSW5zdGFsbGF0aW9uMQ==' }
  return payload
}
