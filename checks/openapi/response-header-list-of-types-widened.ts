import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-header-list-of-types-widened',
  level: 'breaking',
  description: 'Response header list of types widened.',
  kinds: ['list-of-types-widened'],
  direction: 'response',
  subject: 'header',
  oasdiff: null
})
