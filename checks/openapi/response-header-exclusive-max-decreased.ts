import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-header-exclusive-max-decreased',
  level: 'info',
  description: 'Response header exclusiveMaximum decreased.',
  kinds: ['exclusive-max-decreased'],
  direction: 'response',
  subject: 'header',
  oasdiff: null
})
