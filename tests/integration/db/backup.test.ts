import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rotateDailyBackup } from '../../../db/backup';
import { DatabaseOpenError } from '../../../db/database-open-error';
import { openDatabase } from '../../../db/open-database';
import { getSetting, setSetting } from '../../../db/repositories/setting.repo';
import { MIGRATIONS_FOLDER } from '../../support/test-backend';
import { openTestDatabase } from '../../support/test-database';

const at = (iso: string) => () => new Date(iso);

describe('daily backup', () => {
  it('writes one encrypted, complete copy per day that reopens with the same key only', () => {
    const { db, dir, key } = openTestDatabase();
    setSetting(db, 'probe', 'Thierry Lambert', '2026-11-22T08:00:00.000Z');
    const backups = path.join(dir, 'backups');
    const written = rotateDailyBackup(db, backups, at('2026-11-22T08:30:00.000Z'));
    expect(written).toBe(path.join(backups, 'guichet-2026-11-22.db'));
    expect(rotateDailyBackup(db, backups, at('2026-11-22T17:00:00.000Z'))).toBeNull();
    expect(readdirSync(backups)).toEqual(['guichet-2026-11-22.db']);

    const bytes = readFileSync(written ?? '');
    expect(bytes.includes(Buffer.from('Lambert'))).toBe(false);
    const copy = openDatabase({ file: written ?? '', key, migrationsFolder: MIGRATIONS_FOLDER });
    expect(getSetting(copy, 'probe')).toBe('Thierry Lambert');
    copy.close();
    expect(() => openDatabase({ file: written ?? '', key: Buffer.alloc(32, 7), migrationsFolder: MIGRATIONS_FOLDER })).toThrow(DatabaseOpenError);
    db.close();
  });

  it('prunes to 7 daily and 4 weekly, leaving other files alone', () => {
    const { db, dir } = openTestDatabase();
    const backups = path.join(dir, 'backups');
    rotateDailyBackup(db, backups, at('2026-11-01T08:00:00.000Z'));
    const old = readFileSync(path.join(backups, 'guichet-2026-11-01.db'));
    for (let day = 1; day <= 60; day += 1) {
      const date = new Date(Date.UTC(2026, 8, 23 + day)).toISOString().slice(0, 10);
      writeFileSync(path.join(backups, `guichet-${date}.db`), old);
    }
    writeFileSync(path.join(backups, 'avant-migration-2026-10-01.db'), old);
    rotateDailyBackup(db, backups, at('2026-11-22T08:00:00.000Z'));
    const dated = readdirSync(backups).filter((name) => name.startsWith('guichet-'));
    expect(dated).toHaveLength(11);
    expect(existsSync(path.join(backups, 'guichet-2026-11-22.db'))).toBe(true);
    expect(existsSync(path.join(backups, 'avant-migration-2026-10-01.db'))).toBe(true);
    expect(readdirSync(backups).some((name) => name.endsWith('.partiel'))).toBe(false);
    db.close();
  });
});
