import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-body-became-required',
  level: 'breaking',
  description: 'The request body became required.',
  kinds: ['request-body-became-required'],
  direction: 'request',
  subject: 'body',
  oasdiff: 'error'
})
