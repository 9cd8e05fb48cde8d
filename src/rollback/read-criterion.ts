/** What a rollback criterion needs to be measurable. */
export type CriterionPart = 'metric' | 'comparator' | 'threshold' | 'window'

export const CRITERION_PARTS: readonly CriterionPart[] = ['metric', 'comparator', 'threshold', 'window']

const METRIC =
  /\b(errors?|error[- ]rate|[1-5]xx|[1-5]\d\d(s)?|latency|latencies|p\d{2}(\.\d)?|percentile|availability|success[- ]rate|failure[- ]rate|crash(es| rate)?|cpu|memory|heap|saturation|throughput|rps|qps|requests?|timeouts?|apdex|conversion|queue|lag|drop(ped)?|burn[- ]rate|error budget|exceptions?|response time|duration|utili[sz]ation|restarts?|oom|rate|ratio|count|slo|sli|health ?checks?|failures?|declines?|orders|signups|logins|payments?)\b/i

const COMPARATOR =
  /(>=?|<=?|≥|≤|\b(above|below|over|under|exceeds?|exceeding|exceeded|greater than|more than|less than|fewer than|higher than|lower than|drops?|falls?|rises?|goes|climbs?|increases?|decreases?|crosses|at least|at most|outside|beyond|worse than|reaches)\b)/i

const NUMBER_WORDS = 'one|two|three|four|five|six|ten|fifteen|twenty|thirty|sixty'
const TIME_UNIT = 's|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?'

const WINDOW = new RegExp(
  `\\b(?:for|over|within|during|in|across|sustained(?: for)?|lasting|after)\\s+(?:(?:a|an|the|at least|more than|longer than|last|past|any|rolling|consecutive|sliding)\\s+)*(?:\\d+(?:\\.\\d+)?|${NUMBER_WORDS})[\\s-]*(?:${TIME_UNIT})\\b(?:[\\s-]*(?:window|period|interval))?` +
    `|\\b(?:\\d+(?:\\.\\d+)?|${NUMBER_WORDS})[\\s-]*(?:${TIME_UNIT})[\\s-]+(?:window|period|interval|rolling window)\\b` +
    `|\\b\\d+\\s+consecutive\\s+(?:\\d+[\\s-]*(?:${TIME_UNIT})\\s+)?(?:intervals|checks|runs|samples|measurements|minutes|windows)\\b`,
  'i'
)

const THRESHOLD =
  /(?:^|[^\w.])(\d+(?:[.,]\d+)?)\s*(%|percent\b|pp\b|ms\b|milliseconds?\b|µs\b|s\b|secs?\b|seconds?\b|x\b|×|times\b|rps\b|qps\b|req\/s|requests?\s*(?:\/|per)\s*(?:s|sec|second|min|minute)\b|errors?\b|per\s+(?:second|minute|hour)\b|\/\s*(?:s|min|h)\b|[kmg]i?b\b|points?\b|restarts?\b|crashes\b|failures?\b|orders\b|events\b|messages\b)/i

/** Which parts of a measurable criterion a sentence has. */
export function criterionParts(sentence: string): Set<CriterionPart> {
  const parts = new Set<CriterionPart>()
  // The last window phrase is the window: in "over 1.5 s for 5 minutes", "over 1.5 s" is the threshold.
  const window = [...sentence.matchAll(new RegExp(WINDOW.source, 'gi'))].pop()
  const rest = window
    ? sentence.slice(0, window.index!) + ' ' + sentence.slice(window.index! + window[0].length)
    : sentence
  if (window) parts.add('window')
  if (METRIC.test(rest)) parts.add('metric')
  if (COMPARATOR.test(rest)) parts.add('comparator')
  if (THRESHOLD.test(rest)) parts.add('threshold')
  return parts
}

/** True when the sentence names a metric, a comparator, a threshold with its unit and a time window. */
export function isMeasurable(sentence: string): boolean {
  return criterionParts(sentence).size === CRITERION_PARTS.length
}
