// The team's settings and the add-on's own bookkeeping, kept in document properties.

import { DEFAULT_SETTINGS, type Settings } from '../core/types';
import { AddOnError } from './errors';

type Properties = GoogleAppsScript.Properties.Properties;

const SETTINGS_KEY = 'settings';
const LAST_RECALCULATED_KEY = 'lastRecalculated';
const VIEW_PERIOD_KEY = 'viewPeriod';

/** Why `settings` cannot be used, or null when it can. */
export function settingsError(settings: Settings): string | null {
  if (!(settings.successBar > 0 && settings.successBar <= 1)) {
    return 'The success bar must be above 0 and at most 1 (0.7 is usual).';
  }
  if (!Number.isInteger(settings.maxObjectivesPerOwner) || settings.maxObjectivesPerOwner < 1) {
    return 'The objectives-per-owner limit must be a whole number of at least 1.';
  }
  if (
    !Number.isInteger(settings.kraCountMin) ||
    !Number.isInteger(settings.kraCountMax) ||
    settings.kraCountMin < 0 ||
    settings.kraCountMin > settings.kraCountMax
  ) {
    return 'The KRA count range must be two whole numbers, the first no larger than the second.';
  }
  return null;
}

/** The stored settings; anything missing or unusable falls back to the defaults. */
export function readSettings(properties: Properties): Settings {
  try {
    const stored = JSON.parse(properties.getProperty(SETTINGS_KEY) ?? '{}') as Partial<Settings>;
    const settings = { ...DEFAULT_SETTINGS, ...stored };
    return settingsError(settings) ? DEFAULT_SETTINGS : settings;
  } catch {
    return DEFAULT_SETTINGS;
  }
}

export function writeSettings(properties: Properties, settings: Settings): Settings {
  const error = settingsError(settings);
  if (error) throw new AddOnError('invalid-argument', error);

  const clean: Settings = {
    successBar: settings.successBar,
    maxObjectivesPerOwner: settings.maxObjectivesPerOwner,
    kraCountMin: settings.kraCountMin,
    kraCountMax: settings.kraCountMax,
  };
  properties.setProperty(SETTINGS_KEY, JSON.stringify(clean));
  return clean;
}

export function readLastRecalculated(properties: Properties): string | null {
  return properties.getProperty(LAST_RECALCULATED_KEY);
}

export function writeLastRecalculated(properties: Properties, isoTimestamp: string) {
  properties.setProperty(LAST_RECALCULATED_KEY, isoTimestamp);
}

/** The period the dashboard and sidebar show; null means the current period. */
export function readViewPeriod(properties: Properties): string | null {
  return properties.getProperty(VIEW_PERIOD_KEY);
}

export function writeViewPeriod(properties: Properties, period: string | null) {
  if (period) properties.setProperty(VIEW_PERIOD_KEY, period);
  else properties.deleteProperty(VIEW_PERIOD_KEY);
}
