import type { Input } from '../../../common/contract';
import { DEMO_ACCOUNTS } from './demo-accounts';
import type { DemoCall } from './demo-seed';
import { demoPerson, pick, seededRandom } from './demo-people';

export const DEMO_BENEFICIARIES = 300;
/** One person in this many has a bilan; one bilan in four is still a draft. */
const BILAN_EVERY = 3;
const SEED = 20_261_122;

function account(role: 'accueil' | 'mediateur') {
  const found = DEMO_ACCOUNTS.find((a) => a.role === role);
  if (!found) throw new Error(`demo account ${role} missing`);
  return found;
}

type Answers = Input<'bilans.complete'>['answers'];

function demoAnswers(random: () => number): Answers & { equipements: string[] } {
  const equipment = random() < 0.15 ? ['aucun'] : ['smartphone', ...(random() < 0.4 ? ['ordinateur'] : []), ...(random() < 0.2 ? ['tablette'] : [])];
  const themes = ['email', 'demarches-administratives', 'navigation-internet', 'prendre-en-main-materiel', 'sante', 'insertion-professionnelle', 'securite-numerique'];
  const profile = pick(random, ['exclu', 'debutant', 'debutant', 'presque-autonome']);
  return {
    equipements: equipment,
    'internet-domicile': random() < 0.6,
    'adresse-email': random() < 0.5,
    franceconnect: random() < 0.3,
    ameli: random() < 0.4,
    freins: random() < 0.5 ? [pick(random, ['langue', 'lecture-ecriture', 'apprehension', 'cout'])] : [],
    thematiques: [...new Set([pick(random, themes), pick(random, themes)])],
    profil: profile,
    orientation: [profile === 'presque-autonome' ? 'atelier-collectif' : pick(random, ['atelier-collectif', 'accompagnement-individuel'])],
    'pass-proposes': profile === 'exclu' ? 20 : 10,
  };
}

/**
 * A few hundred people registered at the front desk (accueil) and some bilans by the médiatrice, through the
 * contract. Deterministic: the same seed gives the same people. Returns their ids in creation order, and those
 * of the people whose bilan is finished.
 */
export async function seedDemoBeneficiaries(call: DemoCall): Promise<{ ids: string[]; assessed: string[] }> {
  const random = seededRandom(SEED);
  const year = new Date().getFullYear();
  const accueil = account('accueil');
  await call('auth.login', { login: accueil.login, password: accueil.password });
  const ids: string[] = [];
  const assessed: string[] = [];
  for (let i = 0; i < DEMO_BENEFICIARIES; i += 1) {
    const person = demoPerson(random, i, year);
    const { beneficiary } = await call('beneficiaries.create', {
      fields: { ...person, noPhone: person.phone === null && random() < 0.5, noticeGivenOn: random() < 0.8 ? `${year}-01-15` : null },
      confirmDuplicate: true,
    });
    if (beneficiary) ids.push(beneficiary.id);
  }
  await call('auth.logout', {});

  const mediateur = account('mediateur');
  await call('auth.login', { login: mediateur.login, password: mediateur.password });
  for (let i = 0; i < ids.length; i += BILAN_EVERY) {
    const beneficiaryId = ids[i] as string;
    const answers = demoAnswers(random);
    if (random() < 0.25) await call('bilans.save-draft', { beneficiaryId, answers: { equipements: answers.equipements } });
    else {
      await call('bilans.complete', { beneficiaryId, answers });
      assessed.push(beneficiaryId);
    }
  }
  await call('auth.logout', {});
  return { ids, assessed };
}
