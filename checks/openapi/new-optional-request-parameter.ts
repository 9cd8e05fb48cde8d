import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'new-optional-request-parameter',
  level: 'info',
  description: 'An optional parameter was added.',
  kinds: ['new-optional-request-parameter'],
  direction: 'request',
  subject: 'parameter',
  oasdiff: 'info'
})
