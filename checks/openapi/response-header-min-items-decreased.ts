import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-header-min-items-decreased',
  level: 'breaking',
  description: 'Response header min items decreased.',
  kinds: ['min-items-decreased'],
  direction: 'response',
  subject: 'header',
  oasdiff: null
})
