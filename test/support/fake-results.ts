import { createHash } from 'node:crypto'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { inflateRawSync } from 'node:zlib'

export interface UploadedArtifact {
  name: string
  workflowRunBackendId: string
  workflowJobRunBackendId: string
  /** The uploaded bytes (a zip archive). */
  content: Buffer
  /** `size` and `hash` as FinalizeArtifact reported them. */
  size?: string
  hash?: string
  finalized: boolean
}

const SERVICE = '/twirp/github.actions.results.api.v1.ArtifactService/'

/** A runtime token as the runner gives one: a JWT whose `scp` claim names the run and job. */
export function fakeRuntimeToken(run = 'run-backend-1', job = 'job-backend-1'): string {
  const part = (o: object): string => Buffer.from(JSON.stringify(o)).toString('base64url')
  return `${part({ alg: 'none', typ: 'JWT' })}.${part({ scp: `Actions.ExampleScope Actions.Results:${run}:${job}` })}.sig`
}

/**
 * GitHub's artifact results service on 127.0.0.1, as `@actions/artifact` talks to it: the Twirp
 * JSON calls `CreateArtifact` (answers a signed upload URL that points back here) and
 * `FinalizeArtifact`, and the blob upload in between (Azure block blob: `comp=block` then
 * `comp=blocklist`, or one `PUT`). Keeps what arrived, so tests assert on the artifact itself.
 */
export class FakeResults {
  readonly artifacts = new Map<string, UploadedArtifact>()
  readonly requests: Array<{ method: string; path: string; authorization?: string }> = []
  private readonly blocks = new Map<string, Buffer>()
  private server?: Server

  get url(): string {
    const address = this.server?.address() as AddressInfo | undefined
    if (!address) throw new Error('fake results service is not listening')
    return `http://127.0.0.1:${address.port}/`
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res))
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve))
    return this
  }

  async stop(): Promise<void> {
    await new Promise<void>(
      (resolve, reject) => this.server?.close((e) => (e ? reject(e) : resolve())) ?? resolve()
    )
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const raw = Buffer.concat(chunks)
    this.requests.push({
      method: req.method ?? '',
      path: url.pathname,
      ...(req.headers.authorization ? { authorization: req.headers.authorization } : {})
    })
    const json = (status: number, data: unknown): void => {
      res.writeHead(status, { 'content-type': 'application/json' })
      res.end(JSON.stringify(data))
    }
    if (req.method === 'POST' && url.pathname.startsWith(SERVICE)) {
      if (!/^Bearer \S+/.test(req.headers.authorization ?? '')) return json(401, { code: 'unauthenticated' })
      const body = JSON.parse(raw.toString('utf8')) as Record<string, any>
      const method = url.pathname.slice(SERVICE.length)
      if (method === 'CreateArtifact') {
        this.artifacts.set(body.name, {
          name: body.name,
          // Twirp JSON with protobuf field names, as @actions/artifact sends it.
          workflowRunBackendId: body.workflow_run_backend_id,
          workflowJobRunBackendId: body.workflow_job_run_backend_id,
          content: Buffer.alloc(0),
          finalized: false
        })
        const blob = `${this.url}devstoreaccount1/artifacts/${encodeURIComponent(body.name)}.zip?sv=2023&sig=fake`
        return json(200, { ok: true, signedUploadUrl: blob })
      }
      if (method === 'FinalizeArtifact') {
        const artifact = this.artifacts.get(body.name)
        if (!artifact) return json(404, { code: 'not_found', msg: 'no such artifact' })
        artifact.finalized = true
        artifact.size = body.size
        artifact.hash = body.hash
        return json(200, { ok: true, artifactId: '4242' })
      }
      return json(404, { code: 'bad_route' })
    }
    const blob = /^\/devstoreaccount1\/artifacts\/(.+)\.zip$/.exec(url.pathname)
    if (req.method === 'PUT' && blob) {
      const name = decodeURIComponent(blob[1]!)
      const artifact = this.artifacts.get(name)
      if (!artifact || url.searchParams.get('sig') !== 'fake') {
        res.writeHead(403)
        return void res.end()
      }
      const comp = url.searchParams.get('comp')
      if (comp === 'block') {
        this.blocks.set(`${name}\0${url.searchParams.get('blockid')}`, raw)
      } else if (comp === 'blocklist') {
        const ids = [...raw.toString('utf8').matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]+)</g)].map(
          (m) => m[1]!
        )
        artifact.content = Buffer.concat(
          ids.map((id) => this.blocks.get(`${name}\0${id}`) ?? Buffer.alloc(0))
        )
      } else {
        artifact.content = raw
      }
      res.writeHead(201, {
        etag: `"0x${createHash('md5').update(raw).digest('hex').slice(0, 16)}"`,
        'last-modified': new Date().toUTCString(),
        'x-ms-request-id': '00000000-0000-0000-0000-000000000000',
        'x-ms-version': '2023-11-03',
        'x-ms-request-server-encrypted': 'true'
      })
      return void res.end()
    }
    res.writeHead(404)
    res.end()
  }
}

/** The files in a zip archive (central directory; stored or deflated entries). */
export function unzip(zip: Buffer): Map<string, Buffer> {
  const files = new Map<string, Buffer>()
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]))
  if (eocd === -1) throw new Error('not a zip archive')
  const count = zip.readUInt16LE(eocd + 10)
  let at = zip.readUInt32LE(eocd + 16)
  for (let i = 0; i < count; i++) {
    const method = zip.readUInt16LE(at + 10)
    const compressed = zip.readUInt32LE(at + 20)
    const nameLength = zip.readUInt16LE(at + 28)
    const extraLength = zip.readUInt16LE(at + 30)
    const commentLength = zip.readUInt16LE(at + 32)
    const local = zip.readUInt32LE(at + 42)
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength)
    const dataAt = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28)
    const data = zip.subarray(dataAt, dataAt + compressed)
    files.set(name, method === 8 ? inflateRawSync(data) : Buffer.from(data))
    at += 46 + nameLength + extraLength + commentLength
  }
  return files
}
