import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-header-min-length-decreased',
  level: 'breaking',
  description: 'Response header min length decreased.',
  kinds: ['min-length-decreased'],
  direction: 'response',
  subject: 'header',
  oasdiff: null
})
