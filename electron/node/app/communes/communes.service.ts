import { createRequire } from 'node:module';
import type { CommuneDto } from '../../../common/contract';
import { normalizeForSearch } from '../../../common/domain/text/normalize';

interface RawCommune {
  code: string;
  nom: string;
  type: string;
  departement: string;
  codesPostaux?: string[];
  population?: number;
}

interface IndexedCommune {
  dto: CommuneDto;
  name: string;
  words: string[];
  population: number;
}

/** The French communes bundled with @etalab/decoupage-administratif, loaded on first use. */
export class CommunesService {
  private index: IndexedCommune[] | null = null;
  private byCode = new Map<string, IndexedCommune>();

  private load(): IndexedCommune[] {
    if (this.index) return this.index;
    const require = createRequire(import.meta.url);
    const raw = require('@etalab/decoupage-administratif/data/communes.json') as RawCommune[];
    this.index = raw
      .filter((commune) => commune.type === 'commune-actuelle')
      .map((commune) => {
        const name = normalizeForSearch(commune.nom);
        const indexed: IndexedCommune = {
          dto: {
            code: commune.code,
            nom: commune.nom,
            departement: commune.departement,
            codesPostaux: commune.codesPostaux ?? [],
          },
          name,
          words: name.split(' '),
          population: commune.population ?? 0,
        };
        this.byCode.set(commune.code, indexed);
        return indexed;
      });
    return this.index;
  }

  getByCode(code: string): CommuneDto | null {
    this.load();
    return this.byCode.get(code)?.dto ?? null;
  }

  /** By name (start of the name or of any word, accents ignored), postal code prefix or INSEE code. */
  search(query: string, limit: number): CommuneDto[] {
    const communes = this.load();
    const q = normalizeForSearch(query);
    if (!q) return [];
    if (/^\d[\dab]{1,4}$/.test(q)) {
      return communes
        .filter((c) => c.dto.code === q.toUpperCase() || c.dto.codesPostaux.some((cp) => cp.startsWith(q)))
        .sort((a, b) => b.population - a.population)
        .slice(0, limit)
        .map((c) => c.dto);
    }
    const scored: Array<{ commune: IndexedCommune; rank: number }> = [];
    for (const commune of communes) {
      let rank = -1;
      if (commune.name === q) rank = 0;
      else if (commune.name.startsWith(q)) rank = 1;
      else if (commune.words.some((word) => word.startsWith(q))) rank = 2;
      if (rank >= 0) scored.push({ commune, rank });
    }
    return scored
      .sort((a, b) => a.rank - b.rank || b.commune.population - a.commune.population)
      .slice(0, limit)
      .map((entry) => entry.commune.dto);
  }
}
