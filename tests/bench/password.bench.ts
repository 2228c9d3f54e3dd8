import { DEFAULT_SCRYPT, hashSecret, verifySecret } from '../../electron/node/app/auth/password-hash';
import { result, type BenchResult } from './bench-types';

/**
 * Password verification must cost 250–1000 ms on the desk (guessing stays slow, login stays bearable).
 */
export async function run(): Promise<BenchResult[]> {
  const stored = await hashSecret('mot de passe de mesure', DEFAULT_SCRYPT);
  const samples: number[] = [];
  for (let i = 0; i < 5; i += 1) {
    const start = performance.now();
    await verifySecret('mot de passe de mesure', stored);
    samples.push(performance.now() - start);
  }
  const median = [...samples].sort((a, b) => a - b)[2] ?? Number.NaN;
  return [result('Vérification du mot de passe (scrypt, médiane)', 'ms', median, 1000, 250)];
}
