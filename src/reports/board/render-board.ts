import { BOARD_CSS, BOARD_JS } from './board-assets.js'
import type { BoardData } from './board-data.js'

export interface BoardPageOptions {
  title?: string
  /** The App's signed-in user, shown with a sign-out button. */
  user?: { login: string; signOutPath: string; csrfToken: string }
  /** Shown under the title, e.g. which repositories the viewer may read. */
  note?: string
}

const esc = (text: string): string =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!
  )

const TABLES: Array<{ id: string; title: string; caption: string; cols: Array<[string, string]> }> = [
  {
    id: 'releases',
    title: 'Releases',
    caption: 'Every release with its outcome, blocking checks and waivers (latest evaluation of each).',
    cols: [
      ['Repository', 'r'],
      ['Release', 'v'],
      ['Outcome', 'o'],
      ['Blocking checks', 'b'],
      ['Waivers', 'w'],
      ['Pull requests', 'n'],
      ['Owners', 'p'],
      ['Judged (UTC)', 't']
    ]
  },
  {
    id: 'pulls',
    title: 'Open pull requests',
    caption: 'Open pull requests with their current verdict.',
    cols: [
      ['Repository', 'r'],
      ['Pull request', 'n'],
      ['Title', 'title'],
      ['Verdict', 'o'],
      ['Blocking checks', 'b'],
      ['Owners', 'p'],
      ['First NO-GO to GO', 'ttg'],
      ['Judged (UTC)', 't']
    ]
  },
  {
    id: 'deployments',
    title: 'Deployments',
    caption: 'Deployments per environment, newest first, approved or rejected.',
    cols: [
      ['Repository', 'r'],
      ['Environment', 'env'],
      ['Decision', 'x'],
      ['Release', 'v'],
      ['Commit', 'h'],
      ['Blocking checks', 'b'],
      ['Judged (UTC)', 't']
    ]
  },
  {
    id: 'waivers',
    title: 'Waiver ledger',
    caption: 'Who granted which waiver, why, when, until when, and how many findings it matched.',
    cols: [
      ['Repository', 'r'],
      ['Subject', 'subj'],
      ['Check', 'c'],
      ['Granted by', 'by'],
      ['Reason', 'why'],
      ['Granted (UTC)', 'at'],
      ['Expires', 'exp'],
      ['Matched', 'matched'],
      ['Origin', 'src']
    ]
  }
]

const count = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`

function options(label: string, values: Array<[number, string]>): string {
  return `<option value="">${esc(label)}</option>${values
    .sort((a, b) => a[1].localeCompare(b[1]))
    .map(([i, v]) => `<option value="${i}">${esc(v)}</option>`)
    .join('')}`
}

/**
 * The go/no-go board as one self-contained HTML page: the data embedded as JSON, the tables
 * drawn, sorted, filtered and exported by the inline script. No external assets, no network.
 */
export function renderBoard(data: BoardData, page: BoardPageOptions = {}): string {
  const title = page.title ?? 'Release readiness board'
  const indexed = (list: string[]): Array<[number, string]> => list.map((v, i) => [i, v])
  const people = indexed(data.people)
  const json = JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028|\u2029/g, ' ')
  const user = page.user
    ? `<form class="user" method="post" action="${esc(page.user.signOutPath)}">Signed in as <strong>${esc(page.user.login)}</strong> <input type="hidden" name="csrf" value="${esc(page.user.csrfToken)}"><button class="act" type="submit">Sign out</button></form>`
    : ''
  const tables = TABLES.map(
    (t) => `<section aria-labelledby="h-${t.id}">
<h2 id="h-${t.id}">${t.title}</h2>
<div class="tools"><span class="count" id="n-${t.id}" aria-live="polite"></span>
<button class="act" type="button" data-table="${t.id}" data-export="csv">Export CSV</button>
<button class="act" type="button" data-table="${t.id}" data-export="json">Export JSON</button></div>
<table id="t-${t.id}"><caption>${t.caption}</caption><thead><tr>${t.cols
      .map(
        ([label, key]) =>
          `<th scope="col"><button type="button" data-table="${t.id}" data-sort="${key}">${label}</button></th>`
      )
      .join('')}</tr></thead><tbody></tbody></table>
<button class="act more" type="button" id="m-${t.id}" data-more="${t.id}" hidden>Show all rows</button>
</section>`
  ).join('\n')
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; form-action 'self'">
<title>${esc(title)}</title>
<style>${BOARD_CSS}</style>
</head>
<body>
<a class="skip" href="#main">Skip to the board</a>
<header>${user}
<h1>${esc(title)}</h1>
<p>${count(data.repos.length, 'repository', 'repositories')}, ${count(data.releases.length, 'release')}, ${count(data.pulls.length, 'open pull request')}, ${count(data.deployments.length, 'deployment')}, ${count(data.waivers.length, 'waiver')}. Built ${esc(data.generatedAt.slice(0, 16).replace('T', ' '))} UTC.</p>
${page.note ? `<p>${esc(page.note)}</p>` : ''}
<nav aria-label="Sections"><ul><li><a href="#h-matrix">Repositories × releases</a></li><li><a href="#h-trends">Trends</a></li>${TABLES.map((t) => `<li><a href="#h-${t.id}">${t.title}</a></li>`).join('')}</ul></nav>
</header>
<main id="main">
<form id="filters" class="filters" aria-label="Filters">
<label>Repository<select name="repo">${options('All repositories', indexed(data.repos.map((r) => r[0])))}</select></label>
<label>Owner<select name="owner">${options(
    'All owners',
    people.filter(([, p]) => !p.includes('/'))
  )}</select></label>
<label>Team<select name="team">${options(
    'All teams',
    people.filter(([, p]) => p.includes('/'))
  )}</select></label>
<label>Service<select name="service">${options('All services', indexed(data.services))}</select></label>
<label>From<input type="date" name="from"></label>
<label>To<input type="date" name="to"></label>
<button class="act" type="button" id="clear">Clear filters</button>
</form>
<section aria-labelledby="h-matrix">
<h2 id="h-matrix">Repositories × releases</h2>
<table><caption>The last 20 releases of each repository, oldest first, with their outcome.</caption><thead><tr><th scope="col">Repository</th><th scope="col">Releases</th></tr></thead><tbody id="matrix-body"></tbody></table>
</section>
<section aria-labelledby="h-trends">
<h2 id="h-trends">Trends</h2>
<div id="trends-body"></div>
</section>
${tables}
<noscript><p>The board draws its tables with JavaScript; turn it on to see them.</p></noscript>
</main>
<script type="application/json" id="board-data">${json}</script>
<script>${BOARD_JS}</script>
</body>
</html>
`
}
