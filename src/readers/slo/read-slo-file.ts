import { readYamlDocuments } from '../yaml/read-yaml-documents.js'
import { parseOpenSlo, describeIndicator } from './parse-openslo.js'
import { parseSloth } from './parse-sloth.js'
import { parseSloGenerator } from './parse-slo-generator.js'
import { parsePyrra } from './parse-pyrra.js'
import { parseNobl9 } from './parse-nobl9.js'
import { isObj, str, type SloCandidate, type SloProblem } from './types.js'
import { boundedMemo } from '../../engine/bounded-memo.js'

/** A cheap test on the raw text before any YAML parsing: could this file hold an SLO or SLI? */
const MARKER =
  /openslo\/v1|prometheus\/v1|sloth\.slok\.dev|sre\.google\.com\/v2|pyrra\.dev\/|n9\/v1alpha|slo_target/

export function mightHoldSlo(text: string): boolean {
  return MARKER.test(text)
}

/** An OpenSLO `kind: SLI` document that an `indicatorRef` can point at. */
export interface SliDefinition {
  name: string
  file: string
  line: number
  /** Why it is not usable, when it is not. */
  problem?: string
}

export interface SloFileRead {
  candidates: SloCandidate[]
  slis: SliDefinition[]
  /** The file looks like an SLO file but is not readable as one (malformed YAML, alias bomb). */
  problems: SloProblem[]
}

/**
 * Reads every SLO and SLI in a YAML (multi-document) or JSON file, recognising each format by its
 * `apiVersion`/`kind`/`version` shape, never by keywords: a file that merely mentions SLOs yields nothing.
 */
/**
 * A release roll-up judges hundreds of pull request heads that share the same SLO files; parsing
 * each (file, text) once keeps that linear in the distinct files. Large texts are not kept.
 */
const parsed = boundedMemo<SloFileRead>(256)
const MEMO_MAX_TEXT = 64 * 1024

export function readSloFile(file: string, text: string): SloFileRead {
  if (text.length > MEMO_MAX_TEXT) return parseSloFile(file, text)
  return parsed(`${file}\0${text}`, () => parseSloFile(file, text))
}

function parseSloFile(file: string, text: string): SloFileRead {
  const out: SloFileRead = { candidates: [], slis: [], problems: [] }
  if (!mightHoldSlo(text)) return out
  const read = readYamlDocuments(text)
  if (!read.ok) {
    out.problems.push({
      file,
      line: read.line ?? 1,
      message: `${file} is not valid YAML/JSON (${read.message}), so its SLOs cannot be read. Fix the syntax.`
    })
    return out
  }
  for (const doc of read.documents) {
    const items = Array.isArray(doc.data) ? doc.data : [doc.data]
    for (const data of items) {
      if (!isObj(data)) continue
      const apiVersion = str(data.apiVersion) ?? ''
      const kind = str(data.kind) ?? ''
      if ((apiVersion === 'openslo/v1' || apiVersion === 'openslo/v1alpha') && kind === 'SLO')
        out.candidates.push(parseOpenSlo(doc, data, file))
      else if (apiVersion === 'openslo/v1' && kind === 'SLI') {
        const name = str(isObj(data.metadata) ? data.metadata.name : undefined) ?? '(unnamed)'
        const ok = isObj(data.spec) && describeIndicator(data.spec) !== undefined
        out.slis.push({
          name,
          file,
          line: doc.line,
          problem: ok ? undefined : 'has no ratioMetric or thresholdMetric in spec'
        })
      } else if (data.version === 'prometheus/v1' && Array.isArray(data.slos))
        out.candidates.push(...parseSloth(doc, data, file))
      else if (apiVersion.startsWith('sloth.slok.dev/') && kind === 'PrometheusServiceLevel')
        out.candidates.push(...parseSloth(doc, data, file))
      else if (apiVersion === 'sre.google.com/v2' && kind === 'ServiceLevelObjective')
        out.candidates.push(parseSloGenerator(doc, data, file))
      else if (apiVersion === '' && str(data.slo_name) && 'slo_target' in data && isObj(data.backend))
        out.candidates.push(parseSloGenerator(doc, data, file))
      else if (apiVersion.startsWith('pyrra.dev/') && kind === 'ServiceLevelObjective')
        out.candidates.push(parsePyrra(doc, data, file))
      else if (apiVersion === 'n9/v1alpha' && kind === 'SLO') out.candidates.push(parseNobl9(doc, data, file))
    }
  }
  return out
}
