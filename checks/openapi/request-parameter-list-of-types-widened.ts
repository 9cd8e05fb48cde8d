import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-parameter-list-of-types-widened',
  level: 'info',
  description: 'Request parameter list of types widened.',
  kinds: ['list-of-types-widened'],
  direction: 'request',
  subject: 'parameter',
  oasdiff: 'info'
})
