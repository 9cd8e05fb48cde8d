import { test } from 'node:test'
import assert from 'node:assert'
import { route } from '../src/routes/pets.js'

test('lists pets', () => {
  let body
  route({ method: 'GET', url: '/pets' }, { writeHead() {}, end: (b) => (body = JSON.parse(b)) })
  assert.equal(body.length, 2)
})
