import { describe, expect, it } from 'vitest';
import { newIds } from '../../../electron/common/domain/ids';

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('ids in bulk', () => {
  it('gives valid UUIDv7 carrying the time, strictly increasing and unique', () => {
    const at = Date.UTC(2026, 10, 30, 10, 0, 0);
    const ids = newIds(70_000, at);
    expect(ids).toHaveLength(70_000);
    expect(ids.every((id) => UUID_V7.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id, i) => i === 0 || (ids[i - 1] as string) < id)).toBe(true);
    const first = ids[0] as string;
    expect(parseInt(first.slice(0, 8) + first.slice(9, 13), 16)).toBe(at);
  });

  it('gives nothing for nothing', () => {
    expect(newIds(0)).toEqual([]);
  });
});
