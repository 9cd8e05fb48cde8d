import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-body-removed',
  level: 'breaking',
  description: 'The request body was removed: what clients send is no longer accepted.',
  kinds: ['request-body-removed'],
  direction: 'request',
  subject: 'body',
  oasdiff: 'error'
})
