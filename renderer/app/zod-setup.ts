// Imported first by main.tsx: zod must not probe `new Function` (our CSP has no 'unsafe-eval'), and presets are
// parsed while modules load, so this runs before any other module touches a schema.
import { z } from 'zod';

z.config({ jitless: true });
