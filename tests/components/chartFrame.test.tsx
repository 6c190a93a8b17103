// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ChartFrame } from '../../src/lib/charts';
import { captureDownloads } from '../helpers/downloads';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const LABELS = { table: 'Table', download: 'Download CSV' };

/** A chart frame whose table and CSV rows count how often they are made. */
function frame() {
  const made = { table: 0, rows: 0 };
  const rows = () => {
    made.rows++;
    return [{ place: 'الرقة', killed: 27 }];
  };
  const table = () => {
    made.table++;
    return (
      <table>
        <tbody>
          <tr>
            <th scope="row">الرقة</th>
            <td>27</td>
          </tr>
        </tbody>
      </table>
    );
  };
  const ui = (title: string) => (
    <ChartFrame
      title={title}
      labels={LABELS}
      csv={{
        rows,
        columns: [
          { key: 'place', header: 'place' },
          { key: 'killed', header: 'killed_min' },
        ],
        fileName: 'rasd-x',
      }}
      chart={<p>chart</p>}
      table={table}
    />
  );
  return { made, ui };
}

describe('a chart frame', () => {
  it('makes its table alternative only while it is shown, however often the chart is drawn again', async () => {
    const { made, ui } = frame();
    const { rerender } = render(ui('Killed'));
    for (const title of ['Killed, civilians', 'Killed, children']) rerender(ui(title));
    expect(made.table).toBe(0);
    await userEvent.click(screen.getByRole('button', { name: 'Table' }));
    expect(screen.getByRole('rowheader').textContent).toBe('الرقة');
    expect(screen.queryByText('chart')).toBeNull();
    expect(made.table).toBe(1);
  });

  it('makes its CSV rows when the reader downloads, with the rows of that moment', async () => {
    const blobs = captureDownloads();
    const { made, ui } = frame();
    const { rerender } = render(ui('Killed'));
    rerender(ui('Killed, civilians'));
    expect(made.rows).toBe(0);
    await userEvent.click(screen.getByRole('button', { name: 'Download CSV' }));
    expect(made.rows).toBe(1);
    expect(blobs).toHaveLength(1);
    const text = await (blobs[0] as Blob).text();
    expect(
      text
        .replace(/^\uFEFF/, '')
        .split(/\r?\n/)
        .slice(0, 2),
    ).toEqual(['place,killed_min', 'الرقة,27']);
  });
});
