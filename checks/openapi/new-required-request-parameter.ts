import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'new-required-request-parameter',
  level: 'breaking',
  description: 'A required parameter was added: clients that do not send it are rejected.',
  kinds: ['new-required-request-parameter'],
  direction: 'request',
  subject: 'parameter',
  oasdiff: 'error'
})
