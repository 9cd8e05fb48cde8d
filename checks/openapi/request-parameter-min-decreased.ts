import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-parameter-min-decreased',
  level: 'info',
  description: 'Request parameter minimum decreased.',
  kinds: ['min-decreased'],
  direction: 'request',
  subject: 'parameter',
  oasdiff: 'info'
})
