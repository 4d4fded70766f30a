import { describe, expect, it } from '@jest/globals'
import { EvalTaskError } from '../../src/eval/eval-task.js'
import { patchedFiles } from '../../src/eval/reference-patch.js'

describe('patchedFiles', () => {
  it('reads added, modified, deleted and renamed files from a git diff', () => {
    const patch = [
      'diff --git a/warehouse/orders.sql b/warehouse/orders.sql',
      'index 1..2 100644',
      '--- a/warehouse/orders.sql',
      '+++ b/warehouse/orders.sql',
      '@@ -1 +1 @@',
      '-select 1',
      '+select 2',
      'diff --git a/warehouse/new.sql b/warehouse/new.sql',
      'new file mode 100644',
      '--- /dev/null',
      '+++ b/warehouse/new.sql',
      '@@ -0,0 +1 @@',
      '+select 3',
      'diff --git a/old.yml b/old.yml',
      'deleted file mode 100644',
      '--- a/old.yml',
      '+++ /dev/null',
      '@@ -1 +0,0 @@',
      '-version: 2',
      'diff --git a/a.sql b/b.sql',
      'similarity index 100%',
      'rename from a.sql',
      'rename to b.sql',
    ].join('\n')
    expect(patchedFiles(patch)).toEqual([
      { path: 'a.sql', change: 'deleted' },
      { path: 'b.sql', change: 'added' },
      { path: 'old.yml', change: 'deleted' },
      { path: 'warehouse/new.sql', change: 'added' },
      { path: 'warehouse/orders.sql', change: 'modified' },
    ])
  })

  it('strips the -p1 folder and the timestamp of a plain diff -u', () => {
    const patch = [
      '--- project.orig/models/x.sql\t2025-01-01 10:00:00.000000000 +0000',
      '+++ project/models/x.sql\t2025-01-02 10:00:00.000000000 +0000',
      '@@ -1 +1 @@',
      '-a',
      '+b',
    ].join('\n')
    expect(patchedFiles(patch)).toEqual([{ path: 'models/x.sql', change: 'modified' }])
  })

  it('refuses text that changes no file, naming where it came from', () => {
    expect(() => patchedFiles('just words\n', 'task-7 reference')).toThrow(EvalTaskError)
    expect(() => patchedFiles('just words\n', 'task-7 reference')).toThrow(/task-7 reference changes no file/)
  })
})
