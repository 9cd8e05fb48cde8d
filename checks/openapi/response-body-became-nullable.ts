import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-body-became-nullable',
  level: 'breaking',
  description: 'Response body became nullable.',
  kinds: ['became-nullable'],
  direction: 'response',
  subject: 'body',
  oasdiff: 'error',
  differences:
    'oasdiff reports response-body-became-nullable and response-property-became-nullable as errors; we do the same for headers.'
})
