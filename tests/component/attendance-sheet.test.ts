import { describe, expect, it } from 'vitest';
import { attendanceSheetHtml } from '../../renderer/src/features/workshops/signin/attendance-sheet-html';
import { initI18n } from '../../renderer/src/i18n';
import { booking, PEOPLE, sessionDetail } from './signin-fixtures';

const t = initI18n().t;
const NOW = new Date('2026-12-03T15:45:00.000Z');

function sheet() {
  const detail = sessionDetail({
    bookings: [
      booking({ beneficiaryId: PEOPLE.heloise, nom: 'Dupont', prenom: 'Héloïse', status: 'present', passNumbers: ['1000000025'] }),
      booking({ beneficiaryId: PEOPLE.mohamed, nom: 'Benali', prenom: 'Mohamed', status: 'absent-excuse' }),
      booking({ beneficiaryId: PEOPLE.jeanne, nom: 'Lefèvre', prenom: 'Jeanne', status: 'present', passNumbers: ['1000000017', '1000000018'] }),
      booking({ beneficiaryId: PEOPLE.lucie, nom: 'Bernard', prenom: '<b>Lucie</b> & "Lou"', status: 'absent' }),
      booking({ beneficiaryId: PEOPLE.karim, nom: 'Nguyen', prenom: 'Karim', status: 'liste-attente', waitPosition: 1 }),
      booking({ nom: 'Martin', prenom: 'Paul', status: 'annule' }),
    ],
  });
  return attendanceSheetHtml(t, detail, 'Médiathèque Louise-Michel', NOW);
}

describe('attendance sheet (A4)', () => {
  it('lists everyone booked or present, in alphabetical order, with a Signature column', () => {
    const html = sheet();
    expect(html).toContain('<title>Feuille d’émargement — Premiers pas sur smartphone</title>');
    expect(html).toContain('Médiathèque Louise-Michel');
    expect(html).toContain('Atelier smartphone');
    expect(html).toContain('jeudi 3 décembre 2026 (03/12/2026)');
    expect(html).toContain('14:00 – 16:30');
    expect(html).toContain('Salle Olympe-de-Gouges');
    expect(html).toContain('Aminata Diallo');
    for (const header of ['Nom', 'Prénom', 'Statut', 'Pass utilisé(s)', 'Signature']) expect(html).toContain(`>${header}</th>`);
    const names = ['BENALI', 'BERNARD', 'DUPONT', 'LEFÈVRE'];
    const positions = names.map((name) => html.indexOf(`<td>${name}</td>`));
    expect(positions.every((position) => position > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(html).toContain('<td>Jeanne</td><td>Présent·e</td><td>1000000017, 1000000018</td><td class="signature"></td>');
    expect(html).toContain('Absent·e excusé·e');
    // The waiting list and the cancelled bookings are not on the sheet.
    expect(html).not.toContain('NGUYEN');
    expect(html).not.toContain('MARTIN');
  });

  it('escapes what people typed', () => {
    const html = sheet();
    expect(html).not.toContain('<b>');
    expect(html).toContain('<td>&#60;b&#62;Lucie&#60;/b&#62; &#38; &#34;Lou&#34;</td>');
  });

  it('ends with the totals and the print date', () => {
    const html = sheet();
    expect(html).toContain('Présents : 2 — Absents : 1 — Excusés : 1');
    expect(html).toContain('Imprimée le 03/12/2026 à 16:45 — Médiathèque Louise-Michel');
  });

  it('says when nobody is booked', () => {
    const html = attendanceSheetHtml(t, sessionDetail({ bookings: [] }), 'Médiathèque Louise-Michel', NOW);
    expect(html).toContain('Personne n’est inscrit à cette séance.');
    expect(html).not.toContain('<table');
  });
});
