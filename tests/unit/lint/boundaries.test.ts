import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../support/paths';

const root = PROJECT_ROOT;
const eslint = new ESLint({ cwd: root });

async function restrictedImports(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('layer boundaries (DESIGN.md) fail lint', () => {
  it("forbids 'electron' in the backend and in db", async () => {
    expect(await restrictedImports('electron/node/app/x.ts', "import { app } from 'electron';\nexport const a = app;\n")).toHaveLength(1);
    expect(await restrictedImports('db/x.ts', "import { app } from 'electron';\nexport const a = app;\n")).toHaveLength(1);
  });

  it('forbids the backend and the database in the renderer', async () => {
    const file = 'renderer/src/features/x.tsx';
    expect(await restrictedImports(file, "import { a } from '../../../electron/node/server/dispatch';\nexport const b = a;\n")).toHaveLength(1);
    expect(await restrictedImports(file, "import { a } from '../../../db/change';\nexport const b = a;\n")).toHaveLength(1);
    expect(await restrictedImports(file, "import { a } from 'node:fs';\nexport const b = a;\n")).toHaveLength(1);
    expect(await restrictedImports(file, "import { a } from '../../../electron/common/contract';\nexport const b = a;\n")).toHaveLength(0);
  });

  it('forbids I/O in electron/common', async () => {
    const file = 'electron/common/domain/x.ts';
    expect(await restrictedImports(file, "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n")).toHaveLength(1);
    expect(await restrictedImports(file, "import Database from 'better-sqlite3-multiple-ciphers';\nexport const d = Database;\n")).toHaveLength(1);
    expect(await restrictedImports(file, "import { a } from '../../node/server/dispatch';\nexport const b = a;\n")).toHaveLength(1);
    expect(await restrictedImports(file, "import { z } from 'zod';\nexport const s = z.string();\n")).toHaveLength(0);
  });

  it('lets electron/main use electron', async () => {
    expect(await restrictedImports('electron/main/x.ts', "import { app } from 'electron';\nexport const a = app;\n")).toHaveLength(0);
  });
});
