import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-header-became-optional',
  level: 'breaking',
  description: 'A response header became optional: clients that rely on it may not get it.',
  kinds: ['response-header-became-optional'],
  direction: 'response',
  subject: 'header',
  oasdiff: 'error'
})
