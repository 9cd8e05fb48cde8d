// Wall time and peak resident memory of one command run as a child process. Uses GNU time's
// maximum RSS when /usr/bin/time is there; otherwise polls /proc/<pid>/status for VmHWM (the
// kernel's high-water mark), which misses at most the last few milliseconds of growth.
import { spawn } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'

const gnuTime = existsSync('/usr/bin/time')

export function measure(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const wrapped = gnuTime
      ? ['/usr/bin/time', ['-f', '__RR_MAXRSS_KB=%M', command, ...args]]
      : [command, args]
    const started = performance.now()
    const child = spawn(wrapped[0], wrapped[1], {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let stdout = ''
    let stderr = ''
    let peakKb = 0
    child.stdout.on('data', (d) => (stdout += d))
    child.stderr.on('data', (d) => (stderr += d))
    const poll = gnuTime
      ? undefined
      : setInterval(() => {
          try {
            const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))
            if (m) peakKb = Math.max(peakKb, Number(m[1]))
          } catch {
            // the process has exited
          }
        }, 5)
    child.on('error', reject)
    child.on('close', (code) => {
      const wallMs = performance.now() - started
      if (poll) clearInterval(poll)
      const m = /__RR_MAXRSS_KB=(\d+)/.exec(stderr)
      if (m) {
        peakKb = Number(m[1])
        stderr = stderr.replace(/.*__RR_MAXRSS_KB=\d+\n?/, '')
      }
      resolve({ code, wallMs, peakRssMb: peakKb / 1024, stdout, stderr })
    })
  })
}

/** Prints rows as an aligned table: { name, value, unit, target, peer } */
export function printRows(title, rows) {
  console.log(`\n${title}`)
  const table = rows.map((r) => [
    r.name,
    `${typeof r.value === 'number' ? r.value.toFixed(r.digits ?? 0) : r.value} ${r.unit ?? ''}`.trim(),
    r.target ?? '',
    r.peer ?? ''
  ])
  const widths = [0, 1, 2, 3].map((i) =>
    Math.max(...table.map((row) => row[i].length), ['measure', 'value', 'target', 'peer'][i].length)
  )
  const line = (row) => '  ' + row.map((cell, i) => cell.padEnd(widths[i])).join('  ')
  console.log(line(['measure', 'value', 'target', 'peer']))
  for (const row of table) console.log(line(row))
}
