import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OPERATION_TYPES, operationJsonSchemas } from '../../../electron/common/sync/operations';
import { beneficiaryUploadPayload } from '../../../electron/node/app/beneficiaries/beneficiary-dto';
import { pseudonymOf } from '../../../electron/node/sync/pseudonym';
import { toWireOp, type OutboxRow } from '../../../electron/node/sync/serializers';
import type { BeneficiaryRow } from '../../../db/repositories/beneficiary.repo';

const KEY = Buffer.alloc(32, 7);
const pid = (id: string) => pseudonymOf(KEY, id);

/** Every object of a JSON Schema refuses fields it does not list. */
function objectsAreClosed(schema: unknown, path = '$'): string[] {
  if (typeof schema !== 'object' || schema === null) return [];
  const node = schema as Record<string, unknown>;
  const open = node.type === 'object' && node.properties !== undefined && node.additionalProperties !== false ? [path] : [];
  return [...open, ...Object.entries(node).flatMap(([key, value]) => objectsAreClosed(value, `${path}.${key}`))];
}

/** Any letters, marked so that a match can only be a leak, never a coincidence with a code like « non ». */
const name = fc.string({ minLength: 1, maxLength: 20, unit: 'grapheme' }).map((value) => `Ŧ${value}`);
const person = fc.record({
  id: fc.uuid({ version: 7 }),
  nom: name,
  prenom: name,
  birthYear: fc.option(fc.integer({ min: 1900, max: 2025 }), { nil: null }),
  genre: fc.constantFrom('feminin', 'masculin', 'non-communique'),
  socialStatus: fc.constantFrom('scolarise', 'sans-emploi', 'en-emploi', 'retraite', 'non-communique'),
  communeCode: fc.option(fc.constantFrom('69123', '69266', '2A004'), { nil: null }),
  qpv: fc.constantFrom('oui', 'non', 'ne-sait-pas'),
  qpvCode: fc.option(fc.constantFrom('QN06901M', 'QN06902M'), { nil: null }),
  phone: fc.option(fc.stringMatching(/^0[67]\d{8}$/), { nil: null }),
  email: fc.option(fc.emailAddress(), { nil: null }),
  note: fc.option(name, { nil: null }),
  language: fc.constantFrom('fr', 'en', 'ar', 'ta', 'zh'),
});

describe('what leaves the desk (S11)', () => {
  it('every operation payload is a closed JSON Schema, and the wire format is the one on record', async () => {
    const schemas = operationJsonSchemas();
    expect(Object.keys(schemas).sort()).toEqual([...OPERATION_TYPES].sort());
    for (const [type, schema] of Object.entries(schemas)) expect(objectsAreClosed(schema), type).toEqual([]);
    await expect(JSON.stringify(schemas, null, 2)).toMatchFileSnapshot('./__snapshots__/operation-schemas.json');
  });

  it('no name, phone, e-mail, birth year or note of a random person appears in any upload about them', () => {
    fc.assert(
      fc.property(person, fc.uuid({ version: 7 }), (someone, carnetId) => {
        const row = { ...someone, noPhone: someone.phone === null, priorityCriteria: '["senior"]', noticeGivenOn: '2026-06-01', mergedInto: null } as unknown as BeneficiaryRow;
        const local: Array<[string, Record<string, unknown>]> = [
          ['beneficiary.created', beneficiaryUploadPayload(row, 2026)],
          ['carnet.distributed', { number: 'C000001', lotId: carnetId, beneficiaryId: someone.id, at: '2026-06-15T10:00:00.000Z' }],
          ['booking.signed-in', { sessionId: carnetId, beneficiaryId: someone.id, status: 'present', overCapacity: false, at: '2026-06-15T10:00:00.000Z' }],
        ];
        for (const [operation, payload] of local) {
          const entityId = operation.startsWith('beneficiary.') ? someone.id : carnetId;
          const outbox: OutboxRow = { seq: 1, opId: carnetId, entity: 'x', entityId, operation, payload: JSON.stringify(payload), createdAt: '2026-06-15T10:00:00.000Z', actorId: null };
          const wire = JSON.stringify(toWireOp(outbox, pid));
          for (const secret of [someone.nom, someone.prenom, someone.phone, someone.email, someone.note, someone.id]) {
            if (secret !== null) expect(wire).not.toContain(JSON.stringify(secret).slice(1, -1));
          }
          expect(wire).not.toMatch(/birth|"nom"|"prenom"|phone|email|note/i);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('a person is a stable 20-character pseudonym, different for another person or another desk key', () => {
    const id = '01970000-0000-7000-8000-000000000001';
    expect(pid(id)).toMatch(/^[A-Z2-7]{20}$/);
    expect(pid(id)).toBe(pid(id));
    expect(pid('01970000-0000-7000-8000-000000000002')).not.toBe(pid(id));
    expect(pseudonymOf(Buffer.alloc(32, 8), id)).not.toBe(pid(id));
  });
});
