import {
  BeneficiaryFields,
  type BeneficiaryDto,
  type CommuneDto,
  type Input,
} from '../../../../../electron/common/contract';

/** What the form holds: text as typed, so that nothing is lost or reformatted while the agent types. */
export interface BeneficiaryFormValues {
  nom: string;
  prenom: string;
  birthYear: string;
  genre: BeneficiaryDto['genre'];
  socialStatus: BeneficiaryDto['socialStatus'];
  commune: CommuneDto | null;
  qpv: 'oui' | 'non' | 'ne-sait-pas';
  qpvCode: string;
  phone: string;
  noPhone: boolean;
  email: string;
  language: BeneficiaryDto['language'];
  priorityCriteria: string[];
  noticeGivenOn: string;
  note: string;
}

export type FormField = keyof BeneficiaryFormValues;
export type FieldErrors = Partial<Record<FormField, string>>;

/** The fields in screen order (the first one in error gets the focus). */
export const FIELD_ORDER: FormField[] = [
  'nom',
  'prenom',
  'birthYear',
  'genre',
  'socialStatus',
  'commune',
  'qpv',
  'qpvCode',
  'phone',
  'noPhone',
  'email',
  'language',
  'priorityCriteria',
  'noticeGivenOn',
  'note',
];

export function emptyValues(): BeneficiaryFormValues {
  return {
    nom: '',
    prenom: '',
    birthYear: '',
    genre: 'non-communique',
    socialStatus: 'non-communique',
    commune: null,
    qpv: 'ne-sait-pas',
    qpvCode: '',
    phone: '',
    noPhone: false,
    email: '',
    language: 'fr',
    priorityCriteria: [],
    noticeGivenOn: '',
    note: '',
  };
}

/** What was typed in the search goes where it belongs: a year, a phone number, an e-mail, or the names. */
export function valuesFromQuery(query: string): BeneficiaryFormValues {
  const values = emptyValues();
  const text = query.trim();
  if (/^\d{4}$/.test(text)) return { ...values, birthYear: text };
  if (/^[+\d][\d .-]{5,}$/.test(text)) return { ...values, phone: text };
  if (text.includes('@')) return { ...values, email: text };
  const [nom = '', ...prenom] = text.split(/\s+/);
  return { ...values, nom, prenom: prenom.join(' ') };
}

export function valuesFromPerson(person: BeneficiaryDto): BeneficiaryFormValues {
  return {
    nom: person.nom,
    prenom: person.prenom,
    birthYear: person.birthYear === null ? '' : String(person.birthYear),
    genre: person.genre,
    socialStatus: person.socialStatus,
    commune:
      person.communeCode && person.communeName
        ? { code: person.communeCode, nom: person.communeName, departement: '', codesPostaux: [] }
        : null,
    qpv: person.qpv,
    qpvCode: person.qpvCode ?? '',
    phone: person.phone ?? '',
    noPhone: person.noPhone,
    email: person.email ?? '',
    language: person.language,
    priorityCriteria: person.priorityCriteria,
    noticeGivenOn: person.noticeGivenOn ?? '',
    note: person.note ?? '',
  };
}

/** The contract's input: the year as a number when it is one (the schema explains what is wrong otherwise). */
export function toFields(values: BeneficiaryFormValues): Input<'beneficiaries.create'>['fields'] {
  const year = values.birthYear.trim();
  return {
    nom: values.nom,
    prenom: values.prenom,
    birthYear: year === '' ? null : /^\d+$/.test(year) ? Number(year) : (year as unknown as number),
    genre: values.genre,
    socialStatus: values.socialStatus,
    communeCode: values.commune?.code ?? null,
    qpv: values.qpv,
    qpvCode: values.qpv === 'oui' ? values.qpvCode : null,
    phone: values.noPhone ? null : values.phone,
    noPhone: values.noPhone,
    email: values.email,
    language: values.language,
    priorityCriteria: values.priorityCriteria,
    noticeGivenOn: values.noticeGivenOn,
    note: values.note,
  };
}

/** A contract path (`communeCode`, `fields.phone`) as the form field that shows its message. */
export function formFieldOf(path: string): FormField | null {
  const last = path.split('.').filter((part) => !/^\d+$/.test(part)).pop() ?? '';
  if (last === 'communeCode') return 'commune';
  return (FIELD_ORDER as string[]).includes(last) ? (last as FormField) : null;
}

/** The same rules and French messages as the backend, plus the birth year not in the future. */
export function validateValues(values: BeneficiaryFormValues, currentYear: number, futureYearMessage: string): FieldErrors {
  const errors: FieldErrors = {};
  const result = BeneficiaryFields.safeParse(toFields(values));
  if (!result.success) {
    for (const issue of result.error.issues) {
      const field = formFieldOf(issue.path.map(String).join('.'));
      if (field && !errors[field]) errors[field] = issue.message;
    }
  }
  const year = Number(values.birthYear.trim());
  if (!errors.birthYear && values.birthYear.trim() !== '' && year > currentYear) {
    errors.birthYear = futureYearMessage;
  }
  return errors;
}
