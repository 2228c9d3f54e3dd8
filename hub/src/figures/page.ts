import { documentOf, html, type Raw } from './html';
import { PERIOD_PRESETS, periodText } from './period';
import { cellText, frenchInstant, type FigureTable, type FiguresReport } from './report-model';

/** The figures page (GET /figures) and the login page, server-rendered in French; every value is escaped. */

function tableOf(table: FigureTable, threshold: number): Raw {
  const row = (line: FigureTable['rows'][number], total: boolean) =>
    html`<tr${total ? html` class="total"` : ''}><th scope="row">${line.label}</th>${line.cells.map((cell) =>
      cell.kind === 'masked'
        ? html`<td class="masked">${cellText(cell, threshold)}<sup><a href="#masquage" aria-label="effectif masqué, voir la note">*</a></sup></td>`
        : html`<td${cell.kind === 'text' ? html` class="text"` : ''}>${cellText(cell, threshold)}</td>`,
    )}</tr>`;
  return html`<div class="scroll"><table>
<caption>${table.caption}</caption>
<thead><tr>${table.headers.map((header) => html`<th scope="col">${header}</th>`)}</tr></thead>
<tbody>${table.rows.length === 0 ? html`<tr><td class="text" colspan="${table.headers.length}">Aucune donnée pour cette période.</td></tr>` : table.rows.map((line) => row(line, false))}${table.total ? row(table.total, true) : ''}</tbody>
</table></div>`;
}

/** The presets as links, and a GET form for chosen dates. */
function periodPicker(report: Pick<FiguresReport, 'period'>, error: string | null): Raw {
  const { period } = report;
  const presets = Object.entries(PERIOD_PRESETS).filter(([value]) => value !== 'dates');
  return html`<section class="period" aria-labelledby="period-title">
<h2 id="period-title">Période</h2>
${error ? html`<p class="error" role="alert">${error}</p>` : ''}
<nav aria-label="Périodes prédéfinies"><ul class="presets">${presets.map(([value, label]) =>
    html`<li><a href="/figures?periode=${value}"${value === period.preset ? html` aria-current="page"` : ''}>${label}</a></li>`)}</ul></nav>
<form method="get" action="/figures">
<input type="hidden" name="periode" value="dates">
<div><label for="du">Du</label><input id="du" name="du" type="date" value="${period.from}" required></div>
<div><label for="au">Au (inclus)</label><input id="au" name="au" type="date" value="${period.to}" required></div>
<div><button type="submit">Afficher ces dates</button></div>
</form>
</section>`;
}

export function figuresPage(report: FiguresReport, csvQuery: string, error: string | null = null): string {
  const title = `Chiffres du Pass Numérique — ${report.collectivityName}`;
  const staleCount = report.sites.filter((site) => site.stale).length;
  const body = html`<header class="top"><form method="post" action="/figures/logout"><button class="secondary" type="submit">Se déconnecter</button></form></header>
<main>
<h1>${title}</h1>
<p>Chiffres de tous les lieux de la collectivité, ${periodText(report.period)}, édités le ${frenchInstant(report.generatedAt)}.
<a href="/figures.csv?${csvQuery}">Télécharger ces chiffres (CSV)</a></p>
${periodPicker(report, error)}
${report.blocks.map((block) => html`<section><h2>${block.title}</h2>
${block.notes.map((note) => html`<p class="note">${note}</p>`)}
${block.tables.map((table) => tableOf(table, report.threshold))}</section>`)}
<section><h2>Données reçues des lieux</h2>
<p class="note">Les chiffres ne comptent que ce que les postes ont déjà envoyé au hub.${staleCount > 0 ? html` <span class="stale">${staleCount} lieu${staleCount > 1 ? 'x' : ''} sans envoi depuis plus de 7 jours : leurs chiffres peuvent être incomplets.</span>` : ''}</p>
<div class="scroll"><table><caption>Dernier envoi reçu de chaque lieu</caption>
<thead><tr><th scope="col">Lieu</th><th scope="col">Dernier envoi reçu</th></tr></thead>
<tbody>${report.sites.map((site) => html`<tr><th scope="row">${site.name}</th><td class="text${site.stale ? ' stale' : ''}">${site.lastReceivedAt ? frenchInstant(site.lastReceivedAt) : 'Aucun envoi reçu'}${site.stale ? ' — plus de 7 jours' : ''}</td></tr>`)}</tbody>
</table></div></section>
<section aria-labelledby="masquage"><h2 id="masquage">Effectifs masqués</h2>
<p class="footnote">« &lt; ${report.threshold} » : effectif de moins de ${report.threshold} personnes, masqué pour qu’aucune personne ne puisse être reconnue.
Quand un seul effectif d’une ligne ou d’une colonne est masqué, un deuxième l’est aussi (le plus petit), sinon le premier se retrouverait en soustrayant les autres du total.
Les nombres d’activités, de pass et de carnets ne sont pas masqués.${report.masked ? '' : ' Aucun effectif n’est masqué pour cette période.'}</p></section>
</main>`;
  return documentOf(title, body);
}

/** The page of a reader without a session: the token, once, in a password field. */
export function loginPage(message: string | null): string {
  const body = html`<main><h1>Chiffres du Pass Numérique</h1>
<p>Cette page montre les chiffres de tous les lieux de la collectivité. Saisissez le jeton de lecture remis par l’administrateur du hub.</p>
${message ? html`<p class="error" role="alert">${message}</p>` : ''}
<form method="post" action="/figures/login">
<label for="jeton">Jeton de lecture</label>
<input id="jeton" name="jeton" type="password" autocomplete="current-password" required spellcheck="false" size="50">
<p><button type="submit">Se connecter</button></p>
</form></main>`;
  return documentOf('Connexion — Chiffres du Pass Numérique', body);
}

/** The page of a wrong period or of an error: a message and a way back. */
export function messagePage(title: string, message: string): string {
  return documentOf(title, html`<main><h1>${title}</h1><p class="error" role="alert">${message}</p><p><a href="/figures">Retour aux chiffres</a></p></main>`);
}
