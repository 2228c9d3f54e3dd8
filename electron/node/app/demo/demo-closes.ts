import { DEMO_ACCOUNTS } from './demo-accounts';
import type { DemoCall } from './demo-seed';

/**
 * The referent closed every past day of the demo but the last one: the dashboard then flags that day as left open,
 * as it would the morning after a referent forgot.
 */
export async function seedDemoCloses(call: DemoCall): Promise<void> {
  const referent = DEMO_ACCOUNTS.find((account) => account.role === 'referent');
  if (!referent) throw new Error('demo referent missing');
  await call('auth.login', { login: referent.login, password: referent.password });
  try {
    const open = await call('reports.open-days', {});
    for (const day of open.slice(0, -1)) await call('reports.close-day', { date: day.date });
  } finally {
    await call('auth.logout', {});
  }
}
