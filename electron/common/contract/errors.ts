/** Error codes that cross the wire. The message is always French and meant for the agent. */
export const ERROR_MESSAGES = {
  INVALID_FRAME: 'Message illisible reçu par le serveur local.',
  UNKNOWN_METHOD: 'Action inconnue du serveur local.',
  INVALID_INPUT: 'Les informations envoyées ne sont pas valides.',
  UNAUTHENTICATED: 'Veuillez vous connecter.',
  BAD_TOKEN: 'Connexion refusée : jeton d’accès absent ou invalide.',
  FORBIDDEN: 'Votre rôle ne permet pas cette action.',
  SESSION_LOCKED: 'La session est verrouillée. Déverrouillez-la pour continuer.',
  BAD_CREDENTIALS: 'Identifiant ou mot de passe incorrect.',
  BAD_PIN: 'Code PIN incorrect.',
  PIN_BLOCKED: 'Trop d’essais de code PIN : saisissez votre mot de passe.',
  NO_PIN: 'Aucun code PIN n’est défini pour ce compte : saisissez votre mot de passe.',
  ACCOUNT_DISABLED: 'Ce compte est désactivé. Adressez-vous à un administrateur.',
  ALREADY_SET_UP: 'Ce poste est déjà configuré.',
  NOT_SET_UP: 'Ce poste n’est pas encore configuré.',
  NOT_FOUND: 'Élément introuvable.',
  CONFLICT: 'Cette opération est en conflit avec une autre.',
  LOGIN_TAKEN: 'Cet identifiant est déjà utilisé.',
  LAST_ADMIN: 'Il doit rester au moins un administrateur actif.',
  WEAK_PASSWORD: 'Le mot de passe doit contenir au moins 10 caractères.',
  NO_PRINTER: 'Aucune imprimante de tickets n’est configurée sur ce poste : choisissez-en une dans Périphériques.',
  HUB_ERROR: 'Le hub a refusé la demande ou ne répond pas. Rien n’a été perdu : ce poste réessaiera.',
  DATABASE_ERROR: 'La base de données locale a refusé l’opération. Rien n’a été enregistré.',
  TIMEOUT: 'Le serveur local ne répond pas.',
  DISCONNECTED: 'Connexion au serveur local perdue.',
  INTERNAL: 'Erreur interne. Rien n’a été enregistré ; réessayez ou prévenez le support.',
} as const;

export type ErrorCode = keyof typeof ERROR_MESSAGES;
export const ERROR_CODES = Object.keys(ERROR_MESSAGES) as ErrorCode[];

export interface WireError {
  code: ErrorCode;
  message: string;
  /** INVALID_INPUT: a French message per field path (`phone`, `answers.profil`), shown beside the field. */
  fields?: Record<string, string>;
}

/** The one error type services throw on purpose; anything else becomes INTERNAL at the boundary. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fields: Record<string, string> | undefined;
  constructor(code: ErrorCode, message: string = ERROR_MESSAGES[code], fields?: Record<string, string>) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.fields = fields;
  }
  toWire(): WireError {
    return this.fields ? { code: this.code, message: this.message, fields: this.fields } : { code: this.code, message: this.message };
  }
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && value in ERROR_MESSAGES;
}
