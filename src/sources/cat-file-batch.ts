import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process'
import { MAX_FILE_BYTES } from '../engine/text-file.js'

export type BatchObject =
  | { kind: 'missing' }
  | { kind: 'blob'; bytes: Buffer }
  | { kind: 'tree'; bytes: Buffer }
  | { kind: 'too-large'; size: number }
  | { kind: 'other'; type: string }

interface Pending {
  resolve(object: BatchObject): void
  reject(error: Error): void
}

/**
 * One long-lived `git cat-file --batch` process that reads any number of objects: requests are
 * pipelined, answers come back in order. Objects larger than `maxBytes` are skipped, not buffered.
 */
export class CatFileBatch {
  private child: ChildProcessWithoutNullStreams | undefined
  private readonly pending: Pending[] = []
  private buffer: Buffer = Buffer.alloc(0)
  private readonly queued: string[] = []
  /** Bytes still to receive (or skip) for the object being read, plus its trailing newline. */
  private body: { size: number; type: string; chunks: Buffer[]; received: number; keep: boolean } | undefined

  constructor(
    private readonly dir: string,
    private readonly maxBytes = MAX_FILE_BYTES
  ) {}

  read(spec: string): Promise<BatchObject> {
    if (spec.includes('\n')) return Promise.resolve({ kind: 'missing' })
    this.start()
    return new Promise((resolve, reject) => {
      this.pending.push({ resolve, reject })
      // Requests made in the same tick go to git in one write.
      if (this.queued.length === 0) process.nextTick(() => this.flush())
      this.queued.push(spec)
    })
  }

  private flush(): void {
    const lines = this.queued.splice(0)
    if (lines.length > 0) this.child?.stdin.write(lines.join('\n') + '\n')
  }

  close(): void {
    this.flush()
    this.child?.stdin.end()
    this.child = undefined
  }

  private start(): ChildProcessWithoutNullStreams {
    if (this.child) return this.child
    const child = spawn('git', ['-C', this.dir, 'cat-file', '--batch'], { stdio: ['pipe', 'pipe', 'pipe'] })
    child.stdout.on('data', (chunk: Buffer) => this.onData(chunk))
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    const fail = (error: Error): void => {
      for (const p of this.pending.splice(0)) p.reject(error)
    }
    child.on('error', (error) => fail(new Error(`git cat-file could not start: ${error.message}`)))
    child.on('close', (code) => {
      if (this.child === child) this.child = undefined
      if (this.pending.length > 0) fail(new Error(`git cat-file exited (${code}): ${stderr.trim()}`))
    })
    this.child = child
    return child
  }

  private onData(chunk: Buffer): void {
    this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk])
    for (;;) {
      if (this.body) {
        const body = this.body
        const need = body.size + 1 - body.received
        const take = Math.min(need, this.buffer.length)
        if (body.keep) body.chunks.push(this.buffer.subarray(0, take))
        body.received += take
        this.buffer = this.buffer.subarray(take)
        if (body.received < body.size + 1) return
        this.body = undefined
        const p = this.pending.shift()!
        const bytes = (): Buffer => Buffer.concat(body.chunks).subarray(0, body.size)
        if (body.type === 'tree') p.resolve({ kind: 'tree', bytes: bytes() })
        else if (body.type !== 'blob') p.resolve({ kind: 'other', type: body.type })
        else if (!body.keep) p.resolve({ kind: 'too-large', size: body.size })
        else p.resolve({ kind: 'blob', bytes: bytes() })
        continue
      }
      const newline = this.buffer.indexOf(10)
      if (newline < 0) return
      const header = this.buffer.subarray(0, newline).toString()
      this.buffer = this.buffer.subarray(newline + 1)
      if (header.endsWith(' missing') || header.endsWith(' ambiguous')) {
        this.pending.shift()!.resolve({ kind: 'missing' })
        continue
      }
      const [, type, sizeText] = header.split(' ')
      const size = Number(sizeText)
      this.body = {
        size,
        type: type!,
        chunks: [],
        received: 0,
        keep: type === 'tree' || (type === 'blob' && size <= this.maxBytes)
      }
    }
  }
}
