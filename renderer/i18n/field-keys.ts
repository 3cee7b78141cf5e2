// i18next reads a dot as a nesting level, so input paths become keys with underscores ("tenant_sspr_enabled").
export function fieldKeys(names: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(names).map(([path, name]) => [path.replace(/\./g, '_'), name]));
}
