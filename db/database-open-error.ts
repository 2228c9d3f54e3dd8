export type DatabaseOpenErrorCode =
  | 'BAD_KEY'
  | 'WRONG_KEY'
  | 'PLAINTEXT'
  | 'CORRUPT'
  | 'NEWER_VERSION'
  | 'MIGRATION_FAILED';

const MESSAGES: Record<DatabaseOpenErrorCode, string> = {
  BAD_KEY: 'La clé de la base de données est invalide : 32 octets attendus.',
  WRONG_KEY:
    'La base de données ne s’ouvre pas avec cette clé (clé ou phrase secrète erronée, ou fichier qui n’est pas une base Guichet). Le fichier n’a pas été modifié.',
  PLAINTEXT:
    'La base de données est en clair alors qu’elle devrait être chiffrée : elle est refusée et n’a pas été modifiée. Contactez le support.',
  CORRUPT: 'La base de données est endommagée (contrôle d’intégrité en échec). Restaurez la dernière sauvegarde.',
  NEWER_VERSION:
    'La base de données a été créée par une version plus récente de Guichet. Installez cette version ; le fichier n’a pas été modifié.',
  MIGRATION_FAILED:
    'La mise à jour de la base de données a échoué ; une sauvegarde a été faite avant la tentative. Contactez le support.',
};

/** Why a database was refused at start. The file is never modified or recreated when this is thrown. */
export class DatabaseOpenError extends Error {
  readonly code: DatabaseOpenErrorCode;

  constructor(code: DatabaseOpenErrorCode, detail?: string) {
    super(detail ? `${MESSAGES[code]} (${detail})` : MESSAGES[code]);
    this.name = 'DatabaseOpenError';
    this.code = code;
  }
}
