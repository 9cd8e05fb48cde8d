import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-property-became-nullable',
  level: 'breaking',
  description: 'Response property became nullable.',
  kinds: ['became-nullable'],
  direction: 'response',
  subject: 'property',
  oasdiff: 'error',
  differences:
    'oasdiff reports response-body-became-nullable and response-property-became-nullable as errors; we do the same for headers.'
})
