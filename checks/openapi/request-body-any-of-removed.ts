import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-body-any-of-removed',
  level: 'breaking',
  description: 'Request body anyOf member removed.',
  kinds: ['any-of-removed'],
  direction: 'request',
  subject: 'body',
  oasdiff: 'error'
})
