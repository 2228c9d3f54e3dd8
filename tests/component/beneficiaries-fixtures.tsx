import type { ReactNode } from 'react';
import type { BeneficiaryDto, BilanDto, NeedsGridDto, Role, SessionDto } from '../../electron/common/contract';
import { DraftStoreProvider } from '../../renderer/src/app/draft-store';
import { SessionProvider } from '../../renderer/src/features/auth/session-context';
import { ScanBusProvider } from '../../renderer/src/features/scanning/scan-bus';

export const PERSON_ID = '0190a8c0-0000-7000-8000-0000000000b1';
export const OTHER_ID = '0190a8c0-0000-7000-8000-0000000000b2';
export const BILAN_ID = '0190a8c0-0000-7000-8000-0000000000c1';

export function session(role: Role = 'mediateur'): SessionDto {
  return {
    agent: { id: '0190a8c0-0000-7000-8000-000000000002', login: 'aminata', displayName: 'Aminata Diallo', role, hasPin: false },
    site: { id: '0190a8c0-0000-7000-8000-000000000001', name: 'CCAS de Montpellier', kind: 'ccas', communeCode: '34172', communeName: 'Montpellier' },
    locked: false,
    pinTriesLeft: 0,
    idleLockMinutes: 5,
  };
}

export function person(overrides: Partial<BeneficiaryDto> = {}): BeneficiaryDto {
  return {
    id: PERSON_ID,
    nom: 'Dupont',
    prenom: 'Héloïse',
    birthYear: 1962,
    ageBand: '60-69',
    genre: 'feminin',
    socialStatus: 'retraite',
    communeCode: '34172',
    communeName: 'Montpellier',
    qpv: 'non',
    qpvCode: null,
    phone: '0612345678',
    noPhone: false,
    email: null,
    language: 'ar',
    priorityCriteria: ['senior'],
    noticeGivenOn: null,
    note: null,
    createdAt: '2026-11-20T09:00:00.000Z',
    updatedAt: '2026-11-20T09:00:00.000Z',
    mergedInto: null,
    ...overrides,
  };
}

export const GRID: NeedsGridDto = {
  version: 2,
  createdAt: '2026-11-01T09:00:00.000Z',
  definition: {
    title: 'Bilan des besoins numériques',
    sections: [
      {
        code: 'equipement',
        label: 'Équipement',
        questions: [
          {
            code: 'equipements',
            label: 'Quels appareils la personne utilise-t-elle ?',
            type: 'multiple',
            required: true,
            options: [
              { code: 'smartphone', label: 'Smartphone' },
              { code: 'ordinateur', label: 'Ordinateur' },
            ],
          },
          { code: 'internet-domicile', label: 'Internet à la maison', type: 'yes-no', required: false },
        ],
      },
      {
        code: 'niveau',
        label: 'Niveau',
        questions: [
          {
            code: 'profil',
            label: 'Profil',
            type: 'single',
            required: false,
            options: [
              { code: 'exclu', label: 'Exclu·e du numérique' },
              { code: 'debutant', label: 'Débutant·e' },
            ],
          },
          { code: 'passes', label: 'Nombre de pass proposés', type: 'number', required: false, min: 0, max: 20 },
          { code: 'remarque', label: 'Précisions', type: 'text', required: false, maxLength: 200 },
        ],
      },
    ],
  },
};

export function bilan(overrides: Partial<BilanDto> = {}): BilanDto {
  return {
    id: BILAN_ID,
    beneficiaryId: PERSON_ID,
    gridVersion: 2,
    status: 'draft',
    answers: {},
    agentId: '0190a8c0-0000-7000-8000-000000000002',
    createdAt: '2026-11-22T10:00:00.000Z',
    updatedAt: '2026-11-22T10:00:00.000Z',
    completedAt: null,
    ...overrides,
  };
}

/** The providers a people screen needs: an open session, the drafts store and the scan bus. */
export function PeopleProviders({ role = 'mediateur', children }: { role?: Role; children: ReactNode }) {
  return (
    <SessionProvider initial={session(role)}>
      <DraftStoreProvider signedIn>
        <ScanBusProvider playTone={() => undefined}>{children}</ScanBusProvider>
      </DraftStoreProvider>
    </SessionProvider>
  );
}
