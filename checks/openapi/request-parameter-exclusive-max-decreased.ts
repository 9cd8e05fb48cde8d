import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-parameter-exclusive-max-decreased',
  level: 'breaking',
  description: 'Request parameter exclusiveMaximum decreased.',
  kinds: ['exclusive-max-decreased'],
  direction: 'request',
  subject: 'parameter',
  oasdiff: 'error'
})
