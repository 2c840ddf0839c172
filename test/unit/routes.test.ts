import { matchRoute, paths } from '../../src/lib/router/routes'
import { parseHash } from '../../src/lib/router/hash-location'

describe('routes', () => {
  it.each([
    ['/', { name: 'overview' }],
    ['/commitments', { name: 'commitments' }],
    ['/commitments/km-153005-c-gap-5334', { name: 'commitment', id: 'km-153005-c-gap-5334' }],
    ['/funding', { name: 'funding' }],
    ['/documents', { name: 'documents' }],
    ['/documents/km-153005', { name: 'document', id: 'km-153005' }],
    ['/desk', { name: 'desk', task: 'home' }],
    ['/desk/evidence', { name: 'desk', task: 'evidence' }],
    ['/desk/letter', { name: 'desk', task: 'letter' }],
    ['/desk/review', { name: 'desk', task: 'review' }],
    ['/desk/other', { name: 'not-found', path: '/desk/other' }],
    ['/desk/review/x', { name: 'not-found', path: '/desk/review/x' }],
    ['/nope', { name: 'not-found', path: '/nope' }],
    ['/commitments/a/b', { name: 'not-found', path: '/commitments/a/b' }],
  ])('%s', (path, route) => {
    expect(matchRoute(path)).toEqual(route)
  })

  it('parses odd hashes without throwing', () => {
    expect(parseHash('')).toMatchObject({ path: '/' })
    expect(parseHash('#/commitments/?status=kept').path).toBe('/commitments')
    expect(parseHash('#/commitments?status=kept').params.get('status')).toBe('kept')
    expect(parseHash('#/%E0%A4%A').path).toBe('/%E0%A4%A')
    expect(parseHash('#commitments').path).toBe('/commitments')
  })

  it('builds paths that round-trip', () => {
    expect(matchRoute(paths.commitment('km-1'))).toEqual({ name: 'commitment', id: 'km-1' })
    expect(matchRoute(paths.desk())).toEqual({ name: 'desk', task: 'home' })
    expect(matchRoute(paths.desk('review'))).toEqual({ name: 'desk', task: 'review' })
    expect(matchRoute(parseHash(`#${paths.document('km-1')}`).path)).toEqual({
      name: 'document',
      id: 'km-1',
    })
  })
})
