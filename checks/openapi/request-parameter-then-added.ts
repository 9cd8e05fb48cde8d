import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-parameter-then-added',
  level: 'breaking',
  description: 'Request parameter then added.',
  kinds: ['then-added'],
  direction: 'request',
  subject: 'parameter',
  oasdiff: null
})
