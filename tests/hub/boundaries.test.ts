import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../support/paths';

const eslint = new ESLint({ cwd: PROJECT_ROOT });

async function restrictedImports(file: string, code: string): Promise<number> {
  const [result] = await eslint.lintText(code, { filePath: path.join(PROJECT_ROOT, file) });
  return (result?.messages ?? []).filter((message) => message.ruleId === 'no-restricted-imports').length;
}

describe('the hub imports only the wire protocol from the rest of the repository', () => {
  it('allows electron/common/sync and its own files, forbids the desk', async () => {
    const file = 'hub/src/push/x.ts';
    expect(await restrictedImports(file, "import { a } from '../../../electron/common/sync/protocol';\nexport const b = a;\n")).toBe(0);
    expect(await restrictedImports(file, "import { a } from '../database';\nexport const b = a;\n")).toBe(0);
    expect(await restrictedImports(file, "import { a } from '../../../electron/common/contract';\nexport const b = a;\n")).toBe(1);
    expect(await restrictedImports(file, "import { a } from '../../../electron/node/sync/upload';\nexport const b = a;\n")).toBe(1);
    expect(await restrictedImports(file, "import { a } from '../../../db/change';\nexport const b = a;\n")).toBe(1);
    expect(await restrictedImports(file, "import { app } from 'electron';\nexport const a = app;\n")).toBe(1);
  });
});
