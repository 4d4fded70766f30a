import { describe, expect, it } from '@jest/globals'
import { diffFile } from '../../src/review/diff-lines.js'

const numbered = (count: number) => Array.from({ length: count }, (_, i) => `line ${i + 1}`)

describe('diffFile', () => {
  it('allows comments on the changed line and three lines of context on each side, as GitHub does', () => {
    const before = numbered(20)
    const after = [...before]
    after[9] = 'line 10 changed'
    const diff = diffFile('m.sql', `${before.join('\n')}\n`, `${after.join('\n')}\n`)
    expect([...diff.commentable].sort((a, b) => a - b)).toEqual([7, 8, 9, 10, 11, 12, 13])
    expect(diff.text).toContain('+   10 | line 10 changed')
    expect(diff.text).toContain('-      | line 10')
    expect(diff.text).not.toContain('line 3')
  })

  it('numbers the new side after inserted and removed lines, and a new file is commentable throughout', () => {
    const before = numbered(20)
    const after = [...before.slice(0, 2), 'X', 'Y', ...before.slice(2, 15), ...before.slice(16)]
    const diff = diffFile('m.sql', before.join('\n'), after.join('\n'))
    expect(diff.text).toContain('+    3 | X')
    expect(diff.text).toContain('+    4 | Y')
    expect(diff.text).toContain('-      | line 16')
    // Context: 1–7 around the insertion, 15–20 around the removal (new numbering: line 16 sat between new 17 and 18); 8–14 and 21 are outside.
    expect([...diff.commentable].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 15, 16, 17, 18, 19, 20])
    expect(diff.text).toContain('   …')
    const created = diffFile('new.sql', null, 'select 1\nfrom x\n')
    expect([...created.commentable]).toEqual([1, 2])
    expect(diffFile('gone.sql', 'select 1\n', null).commentable.size).toBe(0)
  })
})
