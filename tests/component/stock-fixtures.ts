import type { CarnetDto, IssuerDto, LotDto } from '../../electron/common/contract';
import { PERSON_ID } from './beneficiaries-fixtures';

export const ISSUER_ID = '0190a8c0-0000-7000-8000-0000000000d1';
export const LOT_ID = '0190a8c0-0000-7000-8000-0000000000d2';
export const CARNET_ID = '0190a8c0-0000-7000-8000-0000000000d3';
export const PASS_NUMBER = '1000000001';

export function issuer(overrides: Partial<IssuerDto> = {}): IssuerDto {
  return {
    id: ISSUER_ID,
    name: 'APTIC',
    carnetRule: { pattern: 'C\\d{6}', checkDigit: 'none' },
    passRule: { pattern: '\\d{10}', checkDigit: 'luhn' },
    ...overrides,
  };
}

export function lot(overrides: Partial<LotDto> = {}): LotDto {
  return {
    id: LOT_ID,
    issuerId: ISSUER_ID,
    issuerName: 'APTIC',
    reference: 'CMD-2026-01',
    faceValueCents: 1000,
    carnetSize: 10,
    validUntil: '2026-12-31',
    graceUntil: '2027-01-31',
    blockDays: 15,
    warningDays: 30,
    targetCriteria: [],
    perimeter: null,
    createdAt: '2026-11-01T09:00:00.000Z',
    phase: 'warning',
    alert: 'Ce lot expire le 31/12/2026 : prévenez les personnes.',
    counts: {
      carnets: { 'en-stock': 40, distribue: 8, entame: 2, epuise: 0, expire: 0, revoque: 0 },
      passes: 500,
      passesUsed: 12,
      passesRevoked: 0,
      passesUnused: 488,
      unusedValueCents: 488000,
    },
    ...overrides,
  };
}

export function carnet(overrides: Partial<CarnetDto> = {}): CarnetDto {
  return {
    id: CARNET_ID,
    number: 'C000101',
    lotId: LOT_ID,
    lotReference: 'CMD-2026-01',
    issuerName: 'APTIC',
    state: 'distribue',
    faceValueCents: 1000,
    validUntil: '2026-12-31',
    graceUntil: '2027-01-31',
    receivedAt: '2026-11-02T09:00:00.000Z',
    distributedAt: '2026-11-20T10:00:00.000Z',
    holder: { id: PERSON_ID, nom: 'Dupont', prenom: 'Héloïse' },
    revokedAt: null,
    revokedReason: null,
    passes: [
      { number: PASS_NUMBER, position: 1, state: 'distribue', redeemedAt: null, revokedAt: null, revokedReason: null },
      { number: '1000000002', position: 2, state: 'utilise', redeemedAt: '2026-11-25T10:00:00.000Z', revokedAt: null, revokedReason: null },
    ],
    ...overrides,
  };
}
