// Symbols and colours. Every verdict has a symbol, so the UI reads without colour (NO_COLOR).

import type { ExposureLevel } from '../model/report.js';
import type { TrainingWindowStatus } from './types.js';

export type LevelOrNone = ExposureLevel | 'none';

export const LEVEL_SYMBOL: Record<LevelOrNone, string> = {
  likely: '●',
  possible: '◐',
  unlikely: '○',
  none: '·',
};

export const LEVEL_COLOR: Record<LevelOrNone, string> = {
  likely: 'red',
  possible: 'yellow',
  unlikely: 'green',
  none: 'gray',
};

export const LEVEL_LABEL: Record<LevelOrNone, string> = {
  likely: 'likely exposed',
  possible: 'possibly exposed',
  unlikely: 'unlikely exposed',
  none: 'not assessed',
};

export const WINDOW_SYMBOL: Record<TrainingWindowStatus, string> = {
  used: '█',
  probable: '▓',
  uncertain: '░',
  not_used: '·',
};

export const WINDOW_COLOR: Record<TrainingWindowStatus, string> = {
  used: 'red',
  probable: 'yellow',
  uncertain: 'magenta',
  not_used: 'green',
};

export const WINDOW_LABEL: Record<TrainingWindowStatus, string> = {
  used: 'used',
  probable: 'probable',
  uncertain: 'uncertain',
  not_used: 'not used',
};

export const ACCENT = 'cyan';
