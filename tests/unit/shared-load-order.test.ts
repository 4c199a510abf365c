import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from 'vitest';

const root = join(import.meta.dirname, '../..');

function sharedModules(dir = join(root, 'shared')): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sharedModules(join(dir, e.name))
      : e.name.endsWith('.ts')
        ? [join(dir, e.name)]
        : [],
  );
}

/**
 * An import cycle between schema modules leaves a schema undefined when another module is built
 * from it, and zod only notices at parse time. So: load each shared module first, in a fresh
 * process, then parse something with every channel's schemas.
 */
test.each(sharedModules().map((f) => relative(root, f)))(
  'loading %s first leaves every schema whole',
  (file) => {
    const script = `
    await import(${JSON.stringify(join(root, file))});
    const { contract } = await import(${JSON.stringify(join(root, 'shared/contract.ts'))});
    for (const [name, spec] of Object.entries(contract)) {
      spec.input.safeParse({});
      spec.output.safeParse({});
    }
  `;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
      encoding: 'utf8',
    });
    expect(run.stderr).not.toMatch(/Error/);
    expect(run.status).toBe(0);
  },
);
