import { Bar, LabelList, XAxis, YAxis } from 'recharts';
import type { Perpetrator } from '../../domain/vocabulary';
import { plainBar } from '../../lib/charts';
import type { Formatter } from '../../lib/format';
import { PERPETRATOR_COLOURS } from '../../lib/palette';

// Props that are objects, made once: a new object each render is a changed prop to Recharts, which re-registers
// the part in its store (see TimelineChart).
export const TICK = { fontSize: 12 };
export const SMALL_TICK = { fontSize: 11 };
export const FILL = { width: '100%', height: '100%' };

/**
 * A horizontal bar chart's axes: the counts along it (right to left in Arabic), the rows' `label`s on the start side.
 * Elements, not a component, so Recharts sees its own axes; call it where the chart keeps its parts (useMemo).
 */
export function barAxes(rtl: boolean, fmt: Formatter, labelWidth: number, labelTick = TICK) {
  return (
    <>
      <XAxis
        type="number"
        reversed={rtl}
        allowDecimals={false}
        tickFormatter={(v: number) => fmt.number(v)}
        tick={TICK}
      />
      <YAxis type="category" dataKey="label" orientation={rtl ? 'right' : 'left'} width={labelWidth} tick={labelTick} />
    </>
  );
}

/**
 * Killed stacked by perpetrator, one bar series each; with `endLabels`, the row's `end_<perpetrator>` text written
 * at the bar's far end ("right" either way: Recharts flips it for a reversed, right-to-left, axis).
 */
export function perpetratorBars(drawn: readonly Perpetrator[], name: (p: Perpetrator) => string, endLabels = false) {
  return drawn.map((p) => (
    <Bar
      key={p}
      dataKey={p}
      stackId="killed"
      name={name(p)}
      fill={PERPETRATOR_COLOURS[p]}
      isAnimationActive={false}
      shape={plainBar}
    >
      {endLabels ? <LabelList dataKey={`end_${p}`} position="right" fontSize={12} /> : null}
    </Bar>
  ));
}
