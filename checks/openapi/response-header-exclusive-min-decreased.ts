import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-header-exclusive-min-decreased',
  level: 'breaking',
  description: 'Response header exclusiveMinimum decreased.',
  kinds: ['exclusive-min-decreased'],
  direction: 'response',
  subject: 'header',
  oasdiff: null
})
