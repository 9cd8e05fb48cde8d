import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'webhook-removed',
  level: 'breaking',
  description: 'A webhook was removed.',
  kinds: ['webhook-removed'],
  oasdiff: 'error',
  differences:
    'Same level as oasdiff. We report webhooks added and removed but do not compare webhook payloads: the API sends a webhook request, so its body is really a response (covariant). oasdiff compares it like a client request (contravariantly) and so calls a payload that became not nullable breaking, which it is not.'
})
