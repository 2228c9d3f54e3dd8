/**
 * The hub's command line: `npm run hub -- <command> [options]` (see hub/README.md).
 *   serve --database-url URL [--host 127.0.0.1] [--port 8787] [--tls-cert F --tls-key F] [--insecure-http]
 *   collectivity add --name N
 *   enrollment-code --collectivity ID [--valid-days 7]
 *   desk list | desk revoke --desk ID | desk sequences
 *   account disable|enable --collectivity ID --login LOGIN [--reason R]
 *   after-restore
 *   figures-token --collectivity ID [--label L] | figures-token list | figures-token revoke --id ID
 * The database URL may also come from GUICHET_HUB_DATABASE_URL. Migrations run before every command.
 */
import { parseArgs } from 'node:util';
import {
  addCollectivity,
  createEnrollmentCode,
  deskSequenceReport,
  InvalidLoginError,
  listDesks,
  revokeDesk,
  setAccountDisabled,
  skipChangeLogAhead,
  UnknownCollectivityError,
} from './admin/administration';
import { migrateHub, openPool } from './database';
import { createReaderToken, listReaders, revokeReader, UnknownReaderCollectivityError } from './figures/readers';
import { serveHub, ServeRefusedError } from './serve';

const USAGE = `Utilisation : npm run hub -- <commande> [options]
  serve --database-url URL [--host 127.0.0.1] [--port 8787] [--tls-cert FICHIER --tls-key FICHIER] [--insecure-http]
        [--small-cell-threshold 5]
  collectivity add --name NOM
  enrollment-code --collectivity ID [--valid-days 7]
  desk list
  desk revoke --desk ID
  desk sequences
  account disable --collectivity ID --login IDENTIFIANT [--reason MOTIF]   (désactive ce compte sur tous les postes)
  account enable --collectivity ID --login IDENTIFIANT
  after-restore    (après la restauration d'une sauvegarde de la base)
  figures-token --collectivity ID [--label NOM]   (jeton de lecture de la page des chiffres)
  figures-token list
  figures-token revoke --id ID
L'adresse de la base peut aussi venir de la variable GUICHET_HUB_DATABASE_URL.`;

/** A wrong command line: the usage follows the message. */
class UsageError extends Error {}
/** A command that could not be done: the message alone. */
class CommandError extends Error {}

const when = (date: Date | null) => (date ? new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', dateStyle: 'short', timeStyle: 'short' }).format(date) : '—');

function required(value: string | undefined, option: string): string {
  if (!value) throw new UsageError(`Option manquante : --${option}`);
  return value;
}

function uuid(value: string | undefined, option: string): string {
  const given = required(value, option);
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(given)) throw new UsageError(`Identifiant invalide pour --${option} : ${given}`);
  return given;
}

function integer(value: string, option: string, min: number, max: number): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < min || parsed > max) throw new UsageError(`Valeur invalide pour --${option} : ${value}`);
  return parsed;
}

async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      'database-url': { type: 'string' },
      host: { type: 'string', default: '127.0.0.1' },
      port: { type: 'string', default: '8787' },
      'tls-cert': { type: 'string' },
      'tls-key': { type: 'string' },
      'insecure-http': { type: 'boolean', default: false },
      name: { type: 'string' },
      collectivity: { type: 'string' },
      'valid-days': { type: 'string', default: '7' },
      desk: { type: 'string' },
      label: { type: 'string' },
      id: { type: 'string' },
      login: { type: 'string' },
      reason: { type: 'string' },
      'small-cell-threshold': { type: 'string', default: '5' },
    },
  });
  const command = positionals.join(' ');
  if (command === 'help' || command === '') {
    console.log(USAGE);
    return;
  }
  const known = ['serve', 'collectivity add', 'enrollment-code', 'desk list', 'desk revoke', 'desk sequences', 'account disable', 'account enable', 'after-restore', 'figures-token', 'figures-token list', 'figures-token revoke'];
  if (!known.includes(command)) throw new UsageError(`Commande inconnue : ${command}`);

  const databaseUrl = values['database-url'] ?? process.env.GUICHET_HUB_DATABASE_URL;
  if (!databaseUrl) throw new UsageError('Adresse de la base manquante : --database-url ou GUICHET_HUB_DATABASE_URL.');
  const pool = openPool(databaseUrl);
  const now = new Date();
  try {
    await migrateHub(pool);
    if (command === 'serve') {
      await serveHub(pool, {
        host: values.host!,
        port: integer(values.port!, 'port', 0, 65535),
        tlsCert: values['tls-cert'],
        tlsKey: values['tls-key'],
        insecureHttp: values['insecure-http']!,
        smallCellThreshold: integer(values['small-cell-threshold']!, 'small-cell-threshold', 2, 20),
      });
    } else if (command === 'collectivity add') {
      const created = await addCollectivity(pool, required(values.name, 'name'), now);
      console.log(`Collectivité créée : ${created.name}\nIdentifiant : ${created.id}`);
    } else if (command === 'enrollment-code') {
      const days = integer(values['valid-days']!, 'valid-days', 1, 90);
      const { code, expiresAt } = await createEnrollmentCode(pool, uuid(values.collectivity, 'collectivity'), days, now);
      console.log(`Code d'inscription (à usage unique, valable jusqu'au ${when(expiresAt)}) :\n\n    ${code}\n`);
      console.log("Notez-le maintenant : le hub n'en garde qu'une empreinte et ne pourra plus l'afficher.");
    } else if (command === 'desk list') {
      const desks = await listDesks(pool);
      if (desks.length === 0) console.log('Aucun poste inscrit.');
      for (const desk of desks) {
        const state = desk.revokedAt ? `retiré le ${when(desk.revokedAt)}` : `vu le ${when(desk.lastSeenAt)}`;
        console.log(`${desk.id}  ${desk.collectivityName} / ${desk.siteName}  version ${desk.appVersion}  inscrit le ${when(desk.enrolledAt)}  ${state}`);
      }
    } else if (command === 'desk revoke') {
      const deskId = uuid(values.desk, 'desk');
      if (!(await revokeDesk(pool, deskId, now))) throw new CommandError(`Poste inconnu : ${deskId} (voir desk list).`);
      console.log(`Poste ${deskId} retiré : ses prochaines synchronisations seront refusées.`);
    } else if (command === 'account disable' || command === 'account enable') {
      const disabled = command === 'account disable';
      const login = required(values.login, 'login');
      const reason = values.reason?.trim() || (disabled ? 'Désactivé par l’administrateur du hub' : 'Réactivé par l’administrateur du hub');
      await setAccountDisabled(pool, uuid(values.collectivity, 'collectivity'), login, disabled, reason, now);
      console.log(
        disabled
          ? `Compte « ${login} » désactivé : chaque poste de la collectivité le désactive à sa prochaine synchronisation et ferme ses sessions.`
          : `Compte « ${login} » réactivé au hub : un·e administrateur·rice de chaque poste peut de nouveau l’activer.`,
      );
    } else if (command === 'after-restore') {
      const next = await skipChangeLogAhead(pool);
      console.log(`Journal des changements avancé au n° ${next} : les postes recevront tout ce qui changera désormais.`);
      console.log('Attention : les opérations acceptées après la sauvegarde ne seront pas renvoyées par les postes (voir hub/README.md, « Backups »).');
    } else if (command.startsWith('figures-token')) {
      await figuresToken(pool, command, values, now);
    } else {
      await printSequences(pool);
    }
  } finally {
    await pool.end();
  }
}

/** The readers of the figures page: a token shown once, the list, a revocation. */
async function figuresToken(pool: ReturnType<typeof openPool>, command: string, values: { collectivity?: string; label?: string; id?: string }, now: Date): Promise<void> {
  if (command === 'figures-token list') {
    const readers = await listReaders(pool);
    if (readers.length === 0) console.log('Aucun jeton de lecture.');
    for (const reader of readers) {
      const state = reader.revokedAt ? `retiré le ${when(reader.revokedAt)}` : 'actif';
      console.log(`${reader.id}  ${reader.collectivityName}  « ${reader.label} »  créé le ${when(reader.createdAt)}  ${state}`);
    }
  } else if (command === 'figures-token revoke') {
    const id = uuid(values.id, 'id');
    if (!(await revokeReader(pool, id, now))) throw new CommandError(`Jeton inconnu : ${id} (voir figures-token list).`);
    console.log(`Jeton ${id} retiré : la page des chiffres le refuse désormais, sessions ouvertes comprises.`);
  } else {
    const label = values.label?.trim() || 'Lecteur des chiffres';
    const { id, token } = await createReaderToken(pool, uuid(values.collectivity, 'collectivity'), label, now);
    console.log(`Jeton de lecture des chiffres « ${label} » (identifiant ${id}) :\n\n    ${token}\n`);
    console.log("Notez-le maintenant : le hub n'en garde qu'une empreinte et ne pourra plus l'afficher.");
    console.log('Il donne accès à /figures (lecture seule) ; retirez-le avec : figures-token revoke --id ' + id);
  }
}

async function printSequences(pool: ReturnType<typeof openPool>): Promise<void> {
  const report = await deskSequenceReport(pool);
  if (report.length === 0) console.log("Aucune opération reçue pour l'instant.");
  for (const row of report) {
    console.log(`${row.siteName}  poste ${row.deskId}  époque ${row.epoch}  n° ${row.firstSeq} à ${row.maxSeq}, continus jusqu'au n° ${row.contiguousSeq}`);
    if (row.gap) console.log(`  ⚠ trou : des opérations manquent entre le n° ${row.gap.after + 1} et le n° ${row.gap.upTo} (en attente ou perdues sur le poste).`);
    if (row.regression) {
      console.log(`  ⚠ retour en arrière : l'époque ${row.regression.olderEpoch} allait jusqu'au n° ${row.regression.olderMaxSeq} (poste restauré d'une sauvegarde ?).`);
    }
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof UsageError || error instanceof ServeRefusedError || error instanceof CommandError || error instanceof InvalidLoginError) {
    console.error(`${error.message}\n`);
    if (error instanceof UsageError) console.error(USAGE);
  } else if (error instanceof UnknownCollectivityError || error instanceof UnknownReaderCollectivityError) {
    console.error(`Collectivité inconnue : ${error.message} (voir la commande collectivity add).`);
  } else {
    console.error('Erreur du hub :', error instanceof Error ? error.message : error);
  }
  process.exitCode = 1;
});
