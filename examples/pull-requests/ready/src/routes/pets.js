const pets = new Map([
  ['1', { id: '1', name: 'Rex', species: 'dog' }],
  ['2', { id: '2', name: 'Tom', species: 'cat' }]
])

import { OpenFeature } from '@openfeature/server-sdk'

const flags = OpenFeature.getClient('pets-service')

export async function route(req, res) {
  const url = new URL(req.url, 'http://localhost')
  const send = (status, body) => {
    res.writeHead(status, { 'content-type': 'application/json' })
    res.end(JSON.stringify(body))
  }
  if (req.method === 'GET' && url.pathname === '/pets') {
    const limit = Number(url.searchParams.get('limit') ?? 20)
    const species = url.searchParams.get('species')
    const filterBySpecies = await flags.getBooleanValue('pets-species-filter', false)
    const all = [...pets.values()].filter((p) => !filterBySpecies || !species || p.species === species)
    return send(200, all.slice(0, limit))
  }
  const match = /^\/pets\/([^/]+)$/.exec(url.pathname)
  if (match && req.method === 'GET') {
    const pet = pets.get(match[1])
    return pet ? send(200, pet) : send(404, { message: 'not found' })
  }
  if (match && req.method === 'DELETE') {
    pets.delete(match[1])
    return send(204, null)
  }
  return send(404, { message: 'not found' })
}
