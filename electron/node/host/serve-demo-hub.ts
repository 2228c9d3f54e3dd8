/**
 * `npm run demo:hub -- [--data DIR]`: a hub and two demo desks (a CCAS and a médiathèque) on this machine, to see
 * the whole cross-desk flow (electron/node/host/demo-hub.ts). Prints, in French, the addresses to open, the demo
 * accounts and what to try. Ctrl-C stops everything and removes the hub's throwaway database.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { PostgresNotInstalledError } from '../../../hub/src/local-postgres';
import { ROLE_LABELS } from '../../common/contract';
import { DEMO_ACCOUNTS } from '../app/demo/demo-accounts';
import { DemoHubError, startDemoHub, type DemoHub } from './demo-hub';
import { ensureRendererBuilt } from './renderer-build';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

function instructions(demo: DemoHub): string {
  const { ccas, mediatheque, visit } = demo;
  const person = `${visit.person.prenom} ${visit.person.nom.toUpperCase()}`;
  const ofPerson = /^[aeiouyéèêâîôh]/i.test(person) ? `d’${person}` : `de ${person}`;
  const accounts = DEMO_ACCOUNTS.map(
    (account) => `  ${ROLE_LABELS[account.role].padEnd(20)} identifiant : ${account.login.padEnd(10)} mot de passe : ${account.password}`,
  );
  return [
    '',
    `Démonstration prête : le hub de la « ${demo.collectivityName} » et deux postes, sur cette machine.`,
    '',
    `  Poste 1 — ${ccas.site.name} (accueil social), à ouvrir dans un navigateur :`,
    `    ${ccas.url}`,
    `  Poste 2 — ${mediatheque.site.name} (ateliers), dans un autre onglet :`,
    `    ${mediatheque.url}`,
    '',
    `  Hub : ${demo.hubUrl}`,
    `  Chiffres de la Métropole : ${demo.figures.url}  (jeton de lecture : ${demo.figures.token})`,
    '',
    'Comptes de démonstration (les mêmes sur les deux postes) :',
    ...accounts,
    '',
    'À essayer :',
    `  1. Au CCAS, connectez-vous en référent, ouvrez la fiche ${ofPerson} (Personnes) et remettez-lui`,
    `     le carnet ${visit.carnet} (« Remettre un carnet », tapez le numéro si vous n’avez pas de scanner).`,
    '  2. Sur la page Synchronisation du CCAS, cliquez sur « Synchroniser maintenant » ; faites de même à la',
    '     médiathèque (sinon, chaque poste se synchronise seul toutes les 20 secondes).',
    `  3. À la médiathèque, connectez-vous en médiateur : dans Ateliers, ouvrez la séance « ${visit.session.title} »`,
    `     d’aujourd’hui (${visit.session.startTime}), puis « Ouvrir l’émargement ». Tapez d’abord le pass ${visit.firstPass} seul :`,
    '     le poste sait qu’il vient d’un carnet remis au CCAS, sans savoir à qui. Choisissez alors',
    `     « C’est cette personne » pour ${person} et validez le pass : « Pass confirmé par le hub ».`,
    '  4. Le même pass présenté à une autre séance de la médiathèque est refusé : il est déjà utilisé.',
    `  5. Au CCAS, la page « Autres lieux » montre les services et les prochains ateliers de ${mediatheque.site.name} ;`,
    '     « Inscrire » y réserve une place pour une personne par le hub : après synchronisation, la médiathèque',
    '     la voit dans sa séance (nom, prénom et téléphone seulement).',
    '',
    `Données des postes : ${path.dirname(ccas.dataDir)} (recréées au prochain démarrage).`,
    'Ctrl-C arrête tout et supprime la base du hub.',
  ].join('\n');
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { data: { type: 'string', default: path.join(process.cwd(), '.guichet-demo') } },
    strict: true,
  });
  const rendererDir = await ensureRendererBuilt(projectRoot, (line) => console.log(line));
  const demo = await startDemoHub({ dataDir: values.data, rendererDir, log: (line) => console.log(line) });
  console.log(instructions(demo));

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    console.log('\nArrêt de la démonstration…');
    await demo.stop();
    console.log('Hub et postes arrêtés, base du hub supprimée.');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((error: unknown) => {
  if (error instanceof PostgresNotInstalledError) {
    console.error(`La démonstration a besoin de PostgreSQL pour son hub. ${error.message}`);
  } else if (error instanceof DemoHubError) {
    console.error(error.message);
  } else {
    console.error(`La démonstration n’a pas pu démarrer : ${error instanceof Error ? error.message : String(error)}`);
  }
  process.exit(1);
});
