import type { SocialStatus } from '../../../common/domain/reports/social-status';
/**
 * Names and places for demo and benchmark people. Invented combinations of common names from the
 * communities a Montpellier desk serves: French, Maghrebi, West-African, Tamil and Chinese.
 */
export interface NamePool {
  language: 'fr' | 'ar' | 'ta' | 'zh' | 'en' | 'pt' | 'es' | 'ro';
  noms: readonly string[];
  prenomsF: readonly string[];
  prenomsM: readonly string[];
}

export const NAME_POOLS: readonly NamePool[] = [
  {
    language: 'fr',
    noms: [
      'Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Leroy', 'Moreau', 'Simon', 'Laurent',
      'Lefèvre', 'Michel', 'Garcia', 'David', 'Bertrand', 'Roux', 'Vincent', 'Fournier', 'Morel', 'Girard', 'André', 'Mercier',
      'Dupont', 'Lambert', 'Bonnet', 'François', 'Martinez', 'Legrand', 'Garnier', 'Faure', 'Rousseau', 'Blanc', 'Guérin', 'Muller',
      'Henry', 'Roussel', 'Nicolas', 'Perrin', 'Morin', 'Mathieu', 'Clément', 'Gauthier', 'Dumont', 'Lopez', 'Fontaine', 'Chevalier',
      'Robin', 'Masson', 'Le Gall', 'Cœurdevey', 'Boyer', 'Brun', 'Rey', 'Lacroix', 'Fabre', 'Sanchez', 'Barbier', 'Arnaud',
    ],
    prenomsF: ['Marie', 'Jeanne', 'Françoise', 'Monique', 'Héloïse', 'Nathalie', 'Isabelle', 'Sylvie', 'Chloé', 'Léa', 'Manon', 'Éloïse', 'Geneviève', 'Odette', 'Marie-Claude', 'Brigitte', 'Josiane', 'Inès'],
    prenomsM: ['Jean', 'Pierre', 'Michel', 'André', 'Jean-Pierre', 'Philippe', 'Alain', 'Bernard', 'René', 'Gérard', 'Lucas', 'Hugo', 'Noël', 'François', 'Jean-Luc', 'Thierry', 'Gaëtan', 'Joël'],
  },
  {
    language: 'ar',
    noms: ['Benali', 'Haddad', 'Boudiaf', 'El Amrani', 'Benmoussa', 'Cherif', 'Mansouri', 'Bouzid', 'Saidi', 'Belkacem', 'Hamdi', 'Ait Ouali', 'Ben Salah', 'Zerrouki', 'Messaoudi', 'Ouchène', 'Bakkali', 'Lahlou', 'Benyahia', "Abd-el-Kader"],
    prenomsF: ['Fatima', 'Khadija', 'Aïcha', 'Yasmina', 'Nadia', 'Samira', 'Leïla', 'Malika', 'Zohra', 'Amel', 'Meriem', 'Soraya'],
    prenomsM: ['Mohamed', 'Ahmed', 'Karim', 'Rachid', 'Youssef', 'Mustapha', 'Omar', 'Saïd', 'Hassan', 'Nordine', 'Abdelkader', 'Bilal'],
  },
  {
    language: 'fr',
    noms: ["N'Diaye", 'Diallo', 'Traoré', 'Koné', 'Camara', 'Sow', 'Ba', 'Keïta', 'Diop', 'Coulibaly', 'Touré', 'Sylla', 'Cissé', 'Fofana', "N'Guessan", 'Kouassi', 'Sangaré', 'Diakité', 'Bamba', 'Ouédraogo'],
    prenomsF: ['Aminata', 'Fatoumata', 'Mariama', 'Awa', 'Kadiatou', 'Aïssatou', 'Binta', 'Oumou', 'Ramatoulaye', 'Adjoa', 'Mame Diarra', 'Ndèye'],
    prenomsM: ['Mamadou', 'Moussa', 'Ibrahima', 'Ousmane', 'Abdoulaye', 'Seydou', 'Cheikh', 'Boubacar', 'Souleymane', 'Kouadio', 'Lamine', 'Modou'],
  },
  {
    language: 'ta',
    noms: ['Sivakumar', 'Rajendran', 'Murugan', 'Balasubramaniam', 'Krishnan', 'Selvarajah', 'Thangarajah', 'Kanagaratnam', 'சிவகுமார்', 'முருகன்'],
    prenomsF: ['Kavitha', 'Lakshmi', 'Priya', 'Tharshini', 'Vasanthi', 'கவிதா', 'லட்சுமி'],
    prenomsM: ['Suresh', 'Ramesh', 'Kumaran', 'Tharmalingam', 'Vijay', 'சுரேஷ்', 'ரமேஷ்'],
  },
  {
    language: 'zh',
    noms: ['Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Yang', 'Huang', 'Zhou', '王', '李', '张', '陈'],
    prenomsF: ['Mei', 'Xiaoling', 'Yan', 'Li Na', 'Hui', '小红', '丽'],
    prenomsM: ['Wei', 'Jun', 'Hao', 'Ming', 'Jian', '小明', '伟'],
  },
];

/** Communes around the demo site (Montpellier), with their share of people. */
export const DEMO_COMMUNES: ReadonlyArray<{ code: string; weight: number }> = [
  { code: '34172', weight: 50 },
  { code: '34057', weight: 6 },
  { code: '34129', weight: 5 },
  { code: '34198', weight: 4 },
  { code: '34123', weight: 4 },
  { code: '34270', weight: 4 },
  { code: '34116', weight: 3 },
  { code: '34077', weight: 2 },
  { code: '34090', weight: 2 },
  { code: '34120', weight: 2 },
  { code: '34154', weight: 3 },
  { code: '34192', weight: 2 },
  { code: '34337', weight: 2 },
  { code: '34247', weight: 1 },
  { code: '34169', weight: 1 },
];

/** Montpellier's QPV codes (2015 list) used for demo residents of priority neighbourhoods. */
export const DEMO_QPV_CODES = ['QP034001', 'QP034002', 'QP034003', 'QP034004', 'QP034005'] as const;

/** A small seeded PRNG (mulberry32): the same seed gives the same people. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(random: () => number, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('empty list');
  return item;
}

export function pickWeighted<T extends { weight: number }>(random: () => number, items: readonly T[]): T {
  const total = items.reduce((sum, item) => sum + item.weight, 0);
  let roll = random() * total;
  for (const item of items) {
    roll -= item.weight;
    if (roll < 0) return item;
  }
  return items[items.length - 1] as T;
}

export interface DemoPerson {
  nom: string;
  prenom: string;
  birthYear: number;
  genre: 'feminin' | 'masculin';
  socialStatus: SocialStatus;
  communeCode: string;
  qpv: 'oui' | 'non' | 'ne-sait-pas';
  qpvCode: string | null;
  phone: string | null;
  email: string | null;
  language: NamePool['language'];
  priorityCriteria: string[];
}

/** One invented person; `index` makes phone numbers unique. */
export function demoPerson(random: () => number, index: number, currentYear: number): DemoPerson {
  const pool = pickWeighted(random, NAME_POOLS.map((p, i) => ({ pool: p, weight: [55, 20, 15, 5, 5][i] ?? 1 }))).pool;
  const genre = random() < 0.55 ? 'feminin' : 'masculin';
  const nom = pick(random, pool.noms);
  const prenom = pick(random, genre === 'feminin' ? pool.prenomsF : pool.prenomsM);
  const age = 18 + Math.floor(random() * random() * 75 + random() * 10);
  const birthYear = currentYear - Math.min(age, 99);
  const communeCode = pickWeighted(random, DEMO_COMMUNES).code;
  const inQpv = communeCode === '34172' && random() < 0.35;
  const qpv = inQpv ? 'oui' : random() < 0.7 ? 'non' : 'ne-sait-pas';
  const hasPhone = random() < 0.85;
  const phone = hasPhone ? `0${random() < 0.8 ? 6 : 7}${String(10_000_000 + ((index * 7919) % 89_999_999)).padStart(8, '0')}` : null;
  const asciiName = nom.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z]/g, '');
  const email = random() < 0.4 && asciiName ? `${asciiName}.${index}@exemple.fr` : null;
  const criteria: string[] = [];
  if (currentYear - birthYear >= 65) criteria.push('senior');
  if (pool.language !== 'fr' && random() < 0.5) criteria.push('allophone');
  if (inQpv) criteria.push('residant-qpv');
  if (random() < 0.15) criteria.push('isole');
  if (currentYear - birthYear < 26 && random() < 0.4) criteria.push('jeune-eloigne-emploi');
  const socialStatus = demoSocialStatus(currentYear - birthYear, index);
  if (socialStatus === 'sans-emploi' && index % 3 === 0) criteria.push('demandeur-emploi-peu-qualifie');
  return {
    nom,
    prenom,
    birthYear,
    genre,
    socialStatus,
    communeCode,
    qpv,
    qpvCode: inQpv ? pick(random, DEMO_QPV_CODES) : null,
    phone,
    email,
    language: pool.language === 'fr' || random() < 0.5 ? 'fr' : pool.language,
    priorityCriteria: criteria,
  };
}

/** A plausible statut social for the age, spread by `index` (no draw from `random`: the demo's other people stay the same). */
function demoSocialStatus(age: number, index: number): SocialStatus {
  const spread = (index * 37) % 100;
  if (age >= 62) return spread < 90 ? 'retraite' : 'non-communique';
  if (age < 25) return spread < 40 ? 'scolarise' : spread < 80 ? 'sans-emploi' : 'en-emploi';
  return spread < 45 ? 'sans-emploi' : spread < 80 ? 'en-emploi' : 'non-communique';
}
