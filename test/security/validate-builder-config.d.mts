/** Loads electron-builder.yml (or another file) and validates it against electron-builder's schema. */
export function validateBuilderConfig(file: string): Promise<Record<string, unknown>>;
