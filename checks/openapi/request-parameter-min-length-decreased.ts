import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-parameter-min-length-decreased',
  level: 'info',
  description: 'Request parameter min length decreased.',
  kinds: ['min-length-decreased'],
  direction: 'request',
  subject: 'parameter',
  oasdiff: 'info'
})
