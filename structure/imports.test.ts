import { describe, expect, it } from 'vitest';
import { cycles, importGraph, layerBreaches } from './imports';
import { sourceFiles } from './source-files';

/**
 * The tree's imports point one way: no ring of files importing each other (a newcomer cannot read one without the
 * other, and module initialisation order starts to matter), no repository reaching up into a policy or a service, and
 * the seed writing through repositories, never through a module's service.
 */
describe('imports', () => {
  const graph = importGraph(sourceFiles().filter((f) => !f.startsWith('structure/')));

  it('form no cycle', () => {
    expect(graph.size).toBeGreaterThan(300);
    expect(cycles(graph)).toEqual([]);
  });

  it('never go from a repository to a policy or a service, nor from the seed to a module service', () => {
    expect(layerBreaches(graph)).toEqual([]);
  });

  it('are caught when they form a ring or go against the layers', () => {
    const probe = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts']],
      ['d.ts', ['a.ts']],
      ['server/src/modules/x/x.repository.ts', ['server/src/modules/x/x.policy.ts']],
      ['server/src/modules/x/x.policy.ts', []],
      ['server/src/db/seed/y.ts', ['server/src/modules/x/x.service.ts']],
      ['server/src/modules/x/x.service.ts', []],
    ]);
    expect(cycles(probe)).toEqual([['a.ts', 'b.ts', 'c.ts']]);
    expect(layerBreaches(probe)).toEqual([
      'server/src/modules/x/x.repository.ts → server/src/modules/x/x.policy.ts',
      'server/src/db/seed/y.ts → server/src/modules/x/x.service.ts',
    ]);
  });
});
