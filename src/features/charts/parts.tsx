import { Bar, LabelList, XAxis, YAxis } from 'recharts';
import type { Perpetrator } from '../../domain/vocabulary';
import { AXIS_TICK, plainBar } from '../../lib/charts';
import type { Formatter } from '../../lib/format';
import { PERPETRATOR_COLOURS } from '../../lib/palette';

/** The label axis of a chart with long labels (see `barAxes`), made once like AXIS_TICK. */
export const SMALL_TICK = { fontSize: 11 };

/**
 * A horizontal bar chart's axes: the counts along it (right to left in Arabic), the rows' `label`s on the start side.
 * Elements, not a component, so Recharts sees its own axes; call it where the chart keeps its parts (useMemo).
 */
export function barAxes(rtl: boolean, fmt: Formatter, labelWidth: number, labelTick = AXIS_TICK) {
  return (
    <>
      <XAxis
        type="number"
        reversed={rtl}
        allowDecimals={false}
        tickFormatter={(v: number) => fmt.number(v)}
        tick={AXIS_TICK}
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
