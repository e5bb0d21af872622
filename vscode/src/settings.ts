// liExposure.* settings -> the CLI's context options. Validation is the core's (exposureSetup),
// so the settings mean exactly what --region, --opted-out and --as-of mean; only the names in
// its messages are changed to the settings' names.
import type { ContextOptions } from './core';

export const SETTING_NAMES = { region: 'liExposure.region', optedOut: 'liExposure.optedOut', asOf: 'liExposure.asOf' } as const;
const OPTION_NAMES: Record<keyof typeof SETTING_NAMES, string> = { region: '--region', optedOut: '--opted-out', asOf: '--as-of' };

export class SettingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** Reads the three settings; empty means "not given", anything but a string is refused. */
export function readSettings(get: (key: keyof typeof SETTING_NAMES) => unknown): ContextOptions {
  const options: ContextOptions = {};
  for (const key of Object.keys(SETTING_NAMES) as Array<keyof typeof SETTING_NAMES>) {
    const value = get(key);
    if (value === undefined || value === null) continue;
    if (typeof value !== 'string') throw new SettingError(`${SETTING_NAMES[key]}: expected text, got ${JSON.stringify(value)}`);
    if (value.trim() !== '') options[key] = value.trim();
  }
  return options;
}

/** The core's message with the CLI's option names replaced by the settings' names. */
export function inSettingTerms(message: string, options: ContextOptions, overridden: ReadonlySet<string> = new Set()): string {
  let text = message;
  for (const key of Object.keys(SETTING_NAMES) as Array<keyof typeof SETTING_NAMES>) {
    if (options[key] === undefined || overridden.has(key)) continue;
    text = text.split(OPTION_NAMES[key]).join(SETTING_NAMES[key]);
  }
  return text;
}
