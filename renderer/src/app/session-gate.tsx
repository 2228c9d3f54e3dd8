import type { SiteDto } from '../../../electron/common/contract';
import { LockScreen } from '../features/auth/lock-screen';
import { LoginPage } from '../features/auth/login-page';
import { useSession } from '../features/auth/session-context';
import { AuthenticatedApp } from '../features/shell/authenticated-app';
import { DraftStoreProvider } from './draft-store';

/**
 * Login, lock screen or the app, according to the session: nothing of the app renders behind the lock, but the
 * forms' drafts wait in memory for the unlock (and are forgotten at logout).
 */
export function SessionGate({ site }: { site: SiteDto | null }) {
  const { session } = useSession();
  return (
    <DraftStoreProvider signedIn={session !== null}>
      <SessionScreen site={site} />
    </DraftStoreProvider>
  );
}

function SessionScreen({ site }: { site: SiteDto | null }) {
  const { session } = useSession();
  if (!session) return <LoginPage site={site} />;
  if (session.locked) return <LockScreen session={session} />;
  return <AuthenticatedApp session={session} />;
}
