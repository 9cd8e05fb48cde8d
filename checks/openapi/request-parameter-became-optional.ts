import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-parameter-became-optional',
  level: 'info',
  description: 'A parameter became optional.',
  kinds: ['request-parameter-became-optional'],
  direction: 'request',
  subject: 'parameter',
  oasdiff: 'info'
})
