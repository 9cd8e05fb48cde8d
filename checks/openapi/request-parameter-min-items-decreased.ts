import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-parameter-min-items-decreased',
  level: 'info',
  description: 'Request parameter min items decreased.',
  kinds: ['min-items-decreased'],
  direction: 'request',
  subject: 'parameter',
  oasdiff: 'info'
})
