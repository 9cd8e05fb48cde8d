import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'new-request-path-parameter',
  level: 'breaking',
  description: 'A path parameter was added: existing URLs no longer match.',
  kinds: ['new-request-path-parameter'],
  direction: 'request',
  subject: 'parameter',
  oasdiff: 'error'
})
