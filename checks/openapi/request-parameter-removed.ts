import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-parameter-removed',
  level: 'warning',
  description: 'A parameter was removed: what clients still send may be ignored or rejected.',
  kinds: ['request-parameter-removed'],
  direction: 'request',
  subject: 'parameter',
  oasdiff: 'warn'
})
