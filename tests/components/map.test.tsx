// @vitest-environment jsdom
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp, shippedFiles, stubFetch } from '../helpers/render';
import { shippedRaw } from '../helpers/dataset';

const XSS = '<img src=x onerror=alert(1)>';
const AIN_ISSA = { lat: 36.3855, lon: 38.86228 };

// jsdom lays nothing out; Leaflet reads the map's size from clientWidth/clientHeight.
const sizes = { clientWidth: 800, clientHeight: 500 };
const saved = Object.keys(sizes).map((k) => [k, Object.getOwnPropertyDescriptor(HTMLElement.prototype, k)] as const);
beforeAll(async () => {
  // The dashboard loads the map lazily; import it once up front so the first test does not time out compiling it.
  await import('../../src/features/map/MapPanel');
  for (const [k, v] of Object.entries(sizes))
    Object.defineProperty(HTMLElement.prototype, k, { configurable: true, get: () => v });
});
afterAll(() => {
  for (const [k, d] of saved) if (d) Object.defineProperty(HTMLElement.prototype, k, d);
});
afterEach(() => vi.unstubAllGlobals());

/** The shipped dataset with Ain Issa and Harat al-Badu renamed to markup, in both languages. */
function hostileFiles() {
  const raw = shippedRaw();
  for (const p of raw.places) {
    if (p.id === 'gn-172134' || p.id === 'rasd-raqqa-harat-al-badu') {
      p.name_en = XSS;
      p.names_ar = [XSS];
    }
  }
  return { ...shippedFiles(), 'data/dataset.json': JSON.stringify(raw) };
}

const mapFrame = async () => {
  const region = await screen.findByRole('region', { name: /Map of incidents|خريطة الحوادث/ }, { timeout: 10_000 });
  return region.closest('.map-frame') as HTMLElement;
};

describe('the map', () => {
  it('names every control in English', async () => {
    stubFetch(shippedFiles());
    renderApp('en');
    await mapFrame();
    for (const name of ['Raqqa', 'Idlib', 'Aleppo', 'Fit to filtered incidents', 'Zoom in', 'Zoom out']) {
      expect(screen.getByRole('button', { name })).toBeTruthy();
    }
    expect(screen.getByRole('button', { name: 'Online map (OpenStreetMap)' }).getAttribute('aria-pressed')).toBe(
      'false',
    );
    expect(screen.getByText('9 incidents on the map')).toBeTruthy();
  });

  it('names every control in Arabic, and keeps the map itself left to right', async () => {
    stubFetch(shippedFiles());
    renderApp('ar');
    const frame = await mapFrame();
    expect(frame.getAttribute('dir')).toBe('ltr');
    for (const name of ['الرقة', 'إدلب', 'حلب', 'ملاءمة الحوادث المصفّاة', 'تكبير', 'تصغير']) {
      expect(screen.getByRole('button', { name })).toBeTruthy();
    }
    expect(screen.getByRole('button', { name: 'خريطة متصلة (أوبن ستريت ماب)' })).toBeTruthy();
    expect(screen.getByText('9 حوادث على الخريطة')).toBeTruthy();
  });

  it('draws one mark per located incident, counting those inside clusters', async () => {
    stubFetch(shippedFiles());
    renderApp('en');
    const frame = await mapFrame();
    expect(frame.dataset.marks).toBe(String(shippedRaw().incidents.length));
    await waitFor(() => {
      const points = frame.querySelectorAll('.rasd-point').length;
      const clustered = [...frame.querySelectorAll<HTMLElement>('.rasd-cluster')].reduce(
        (sum, c) => sum + Number(c.dataset.count),
        0,
      );
      expect(points + clustered).toBe(shippedRaw().incidents.length);
    });
  });

  it('selects an incident from its mark, and the list marks its card as current', async () => {
    stubFetch(shippedFiles());
    renderApp('en', { mapView: { ...AIN_ISSA, zoom: 12 } });
    await mapFrame();
    await userEvent.click(await screen.findByRole('button', { name: /^Ain Issa.*killed/ }));
    // The list renders after the marks are drawn (staged dashboard): find the card once it is there.
    await waitFor(() =>
      expect(
        document
          .querySelector('article[data-event-id="ain-issa-2017-06-08-landmine-children"]')
          ?.getAttribute('aria-current'),
      ).toBe('true'),
    );
  });

  it('shows a place named with markup as text, in the mark, its tooltip and a cluster list, and runs nothing', async () => {
    const alert = vi.fn();
    vi.stubGlobal('alert', alert);
    stubFetch(hostileFiles());
    renderApp('en', { mapView: { ...AIN_ISSA, zoom: 12 } });
    const frame = await mapFrame();
    const mark = await screen.findByRole('button', { name: new RegExp(`^${XSS.replace(/[()]/g, '\\$&')}`) });
    fireEvent.mouseEnter(mark);
    await waitFor(() => expect(document.querySelector('.rasd-tooltip')?.textContent).toContain(XSS));
    expect(frame.querySelector('img')).toBeNull();
    expect(alert).not.toHaveBeenCalled();
  });

  it('lists incidents drawn at one spot, each selectable, with hostile names as text', async () => {
    stubFetch(hostileFiles());
    renderApp('en', { mapView: { lat: 35.95283, lon: 39.00788, zoom: 16 } });
    const frame = await mapFrame();
    await userEvent.click(await screen.findByRole('button', { name: /^2 incidents, 67 killed/ }));
    const popup = await waitFor(() => {
      const p = document.querySelector<HTMLElement>('.rasd-cluster-list');
      expect(p).not.toBeNull();
      return p!;
    });
    const items = within(popup).getAllByRole('button');
    expect(items).toHaveLength(2);
    expect(items[0]!.textContent).toContain(XSS);
    expect(frame.querySelector('img')).toBeNull();
    // jsdom's clicks carry no pointerType, so Leaflet would read two quick ones as a touch double-tap (and zoom).
    await new Promise((r) => setTimeout(r, 350));
    await userEvent.click(items[0]!);
    await waitFor(() => expect(document.querySelector('article[aria-current="true"]')).not.toBeNull());
  });

  it('outlines the area of a selected tally', async () => {
    stubFetch({ ...shippedFiles(), 'basemap/base.json': '{"type":"Topology","objects":{},"arcs":[]}' });
    renderApp('en', { selectedId: 'raqqa-city-2017-08-16-to-22-coalition-week-tally' });
    const frame = await mapFrame();
    // The basemap is served empty here, so the only drawn path is the tally's outline (a circle round Raqqa city).
    await waitFor(() => expect(frame.querySelectorAll('path')).toHaveLength(1));
  });

  it('turns the online map on only when asked, remembers it, and loads tiles from OpenStreetMap only', async () => {
    stubFetch(shippedFiles());
    renderApp('en');
    const frame = await mapFrame();
    expect(frame.querySelector('.leaflet-tile')).toBeNull();
    const toggle = screen.getByRole('button', { name: 'Online map (OpenStreetMap)' });
    await userEvent.click(toggle);
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    expect(localStorage.getItem('rasd.onlineTiles')).toBe('on');
    await waitFor(() => expect(frame.querySelectorAll('img.leaflet-tile').length).toBeGreaterThan(0));
    for (const img of frame.querySelectorAll<HTMLImageElement>('img.leaflet-tile')) {
      expect(img.src).toMatch(/^https:\/\/tile\.openstreetmap\.org\/\d+\/\d+\/\d+\.png$/);
    }
  });

  it('names marks with Arabic plurals: "5 قتلى", "67 قتيلًا", never one fixed noun after every number', async () => {
    stubFetch(shippedFiles());
    renderApp('ar', { mapView: { ...AIN_ISSA, zoom: 12 } });
    await mapFrame();
    const mark = await screen.findByRole('button', { name: /^عين عيسى/ });
    expect(mark.getAttribute('aria-label')).toContain('5 قتلى');
    expect(mark.getAttribute('aria-label')).not.toContain('5 قتيل');
  });

  it('names a group of incidents with plurals in both languages', async () => {
    for (const [language, name] of [
      ['ar', /^حادثتان، 67 قتيلًا\./],
      ['en', /^2 incidents, 67 killed\./],
    ] as const) {
      stubFetch(shippedFiles());
      const { unmount } = renderApp(language, { mapView: { lat: 35.95283, lon: 39.00788, zoom: 16 } });
      await mapFrame();
      expect(await screen.findByRole('button', { name })).toBeTruthy();
      unmount();
    }
  });

  it('moves focus into the list of a spot opened from its mark, not to <body>', async () => {
    stubFetch(shippedFiles());
    renderApp('en', { mapView: { lat: 35.95283, lon: 39.00788, zoom: 16 } });
    await mapFrame();
    const spot = await screen.findByRole('button', { name: /^2 incidents/ });
    spot.focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => {
      const list = document.querySelector('.rasd-cluster-list');
      expect(list?.contains(document.activeElement)).toBe(true);
    });
    expect(document.activeElement?.tagName).toBe('BUTTON');
  });
});
