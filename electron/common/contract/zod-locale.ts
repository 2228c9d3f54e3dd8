import { z } from 'zod';

// Validation messages are shown to agents: French everywhere the contract is loaded.
z.config(z.locales.fr());
