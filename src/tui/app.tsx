// The ink component of the browser. It owns no logic beyond wiring: the state machine is in
// state.ts, the screen is built by frame.ts, and the data comes from the memoised view model.

import { Box, Text, useApp, useInput, useStdout, type Key } from 'ink';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Report } from '../model/report.js';
import { writeExportFile } from './export-file.js';
import { exportFileName, serializeList, type ExportFormat, type ExportMeta } from './export-list.js';
import { actionLines, buildFrame, detailBody, type LetterDraft } from './frame.js';
import type { Action } from '../render/actions.js';
import { computeLayout } from './layout.js';
import { currentList, initialState, reduceKey, type KeyContext, type UiState } from './state.js';
import { formatCount } from './text.js';
import type { Line, Segment, TimelineInfo } from './types.js';
import { getReportView } from './view-model.js';
import type { ItemStore } from './item-store.js';

export interface BrowseAppProps {
  report: Report;
  /** The report's items when they were streamed into a store (report.items is then empty). */
  store?: ItemStore;
  timeline?: TimelineInfo;
  /** What the member can do now (the `a` pane). */
  actions?: readonly Action[];
  /** Draft request letters, at the end of the `a` pane (`L`). */
  letters?: readonly LetterDraft[];
  /** Where `e` writes exports; defaults to the current directory. */
  exportDir?: string;
  /** Fixed terminal size (tests). Without them the size comes from stdout and follows 'resize'. */
  columns?: number;
  rows?: number;
  /** Colours on/off, as decided by colorEnabled() (render/style.ts). */
  color: boolean;
  /** Clock for export file names (tests). */
  now?: () => Date;
}

function sameStyle(a: Segment, b: Segment): boolean {
  return a.color === b.color && !!a.bold === !!b.bold && !!a.dim === !!b.dim && !!a.inverse === !!b.inverse;
}

/** Joins neighbouring segments of the same style, so each row is a handful of ink nodes. */
function mergeSegments(line: Line): Line {
  const out: Line = [];
  for (const s of line) {
    if (s.text === '') continue;
    const last = out[out.length - 1];
    if (last && sameStyle(last, s)) out[out.length - 1] = { ...last, text: last.text + s.text };
    else out.push(s);
  }
  return out;
}

function Row({ line }: { line: Line }) {
  const segments = mergeSegments(line);
  if (segments.length === 0) return <Text> </Text>;
  return (
    <Text wrap="truncate-end">
      {segments.map((s, i) => (
        <Text key={i} color={s.color} bold={s.bold} dimColor={s.dim} inverse={s.inverse}>
          {s.text}
        </Text>
      ))}
    </Text>
  );
}

export function BrowseApp(props: BrowseAppProps) {
  const { report, timeline } = props;
  const { stdout } = useStdout();
  const { exit } = useApp();
  const view = useMemo(() => getReportView(report, props.store), [report, props.store]);
  const color = props.color;

  const [size, setSize] = useState(() => ({ columns: stdout.columns, rows: stdout.rows }));
  useEffect(() => {
    const onResize = (): void => setSize({ columns: stdout.columns, rows: stdout.rows });
    stdout.on('resize', onResize);
    return () => {
      stdout.off('resize', onResize);
    };
  }, [stdout]);
  const layout = useMemo(
    () => computeLayout(props.columns ?? size.columns, props.rows ?? size.rows),
    [props.columns, props.rows, size.columns, size.rows],
  );

  // The state lives in a ref as well, so several keys arriving in one chunk each see the
  // result of the previous one, and an export finishing later updates the latest state.
  const [state, setState] = useState<UiState>(() => initialState(view));
  const stateRef = useRef(state);
  const apply = useCallback((next: UiState) => {
    stateRef.current = next;
    setState(next);
  }, []);

  const colorize = useCallback((name: string) => (color && name ? name : undefined), [color]);
  const ctx: KeyContext = useMemo(
    () => ({
      view,
      layout,
      detailLength: (index: number) => detailBody(view, index, layout.columns, colorize).length,
      actionsLength: () => actionLines(props.actions ?? [], layout.columns, colorize, props.letters).length,
      lettersStart: () => actionLines(props.actions ?? [], layout.columns, colorize).length,
    }),
    [view, layout, colorize, props.actions, props.letters],
  );

  const exportDir = props.exportDir ?? process.cwd();
  const now = props.now;
  const runExport = useCallback(
    async (s: UiState, format: ExportFormat) => {
      const list = currentList(view, s);
      const items = view.store.items(list);
      const at = now ? now() : new Date();
      const meta: ExportMeta = {
        category: view.categories[s.cat]?.id ?? 'items',
        filter: s.filter,
        sort: s.sort,
        search: s.query,
        exportedAt: at.toISOString(),
        context: view.report.context,
        toolVersion: view.report.tool?.version,
      };
      try {
        const file = await writeExportFile(exportDir, exportFileName(meta, format, at), serializeList(items, format, meta));
        apply({ ...stateRef.current, status: { text: `Exported ${formatCount(items.length)} items to ${file}`, tone: 'ok' } });
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        apply({ ...stateRef.current, status: { text: `Export failed: ${message}`, tone: 'error' } });
      }
    },
    [view, exportDir, now, apply],
  );

  const onInput = useCallback(
    (input: string, key: Key) => {
      // Keys typed faster than a frame (key repeat, tmux send-keys, paste) arrive as one string:
      // replay them one by one so "jjj" moves three rows.
      const chars = Array.from(input);
      const batch =
        chars.length > 1 && !key.ctrl && !key.meta && !key.escape
          ? chars.map((ch): [string, Key] => [ch === '\r' || ch === '\t' ? '' : ch, { ...key, return: ch === '\r', tab: ch === '\t' }])
          : [[input, key] as [string, Key]];
      let state = stateRef.current;
      for (const [text, k] of batch) {
        const { state: next, effect } = reduceKey(state, text, k, ctx);
        state = next;
        if (effect?.type === 'export') void runExport(next, effect.format);
      }
      if (state !== stateRef.current) apply(state);
    },
    [ctx, apply, runExport],
  );
  useInput(onInput);

  useEffect(() => {
    if (state.quitting) exit();
  }, [state.quitting, exit]);

  const frame = buildFrame(view, state, layout, { timeline, actions: props.actions, letters: props.letters, color });
  return (
    <Box flexDirection="column">
      {frame.map((line, i) => (
        <Row key={i} line={line} />
      ))}
    </Box>
  );
}
