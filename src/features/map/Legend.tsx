import { useTranslation } from 'react-i18next';
import { PERPETRATORS, type Perpetrator } from '../../domain/vocabulary';
import { markRadiusPx } from '../../domain/mapMarks';
import { PERPETRATOR_COLOURS } from '../../lib/palette';
import { useFormat } from '../../state/useFormat';

/** Sizes shown in the legend (people killed): the reader compares areas against these. */
const SIZE_STEPS = [1, 10, 50, 200];

/** What the marks mean: colours (only perpetrators present are emphasised), sizes, precision, clusters, tallies. */
export function Legend({ present }: { present: ReadonlySet<Perpetrator> }) {
  const { t } = useTranslation('map');
  const { t: tc } = useTranslation('common');
  const fmt = useFormat();
  return (
    <section className="map-legend" aria-label={t('legend.heading')}>
      <h3 className="visually-hidden">{t('legend.heading')}</h3>
      <div>
        <p className="legend-title">{t('legend.colour')}</p>
        <ul className="legend-colours">
          {PERPETRATORS.filter((p) => present.size === 0 || present.has(p)).map((p) => (
            <li key={p}>
              <span className="rasd-swatch" style={{ background: PERPETRATOR_COLOURS[p] }} aria-hidden="true" />
              {tc(`vocab.perpetrator.${p}`)}
            </li>
          ))}
        </ul>
      </div>
      <div>
        <p className="legend-title">{t('legend.size')}</p>
        <ul className="legend-sizes">
          {SIZE_STEPS.map((n) => {
            const r = markRadiusPx(n);
            return (
              <li key={n}>
                <span className="legend-disc" style={{ width: 2 * r, height: 2 * r }} aria-hidden="true" />
                {fmt.number(n)}
              </li>
            );
          })}
        </ul>
      </div>
      <ul className="legend-keys">
        <li>
          <span className="legend-solid" aria-hidden="true" />
          {t('legend.solid')}
        </li>
        <li>
          <span className="legend-halo" aria-hidden="true" />
          {t('legend.halo')}
        </li>
        <li>
          <span className="legend-cluster" aria-hidden="true" />
          {t('legend.cluster')}
        </li>
        <li>
          <span className="legend-tally" aria-hidden="true" />
          {t('legend.tally')}
        </li>
      </ul>
      <p className="map-disclaimer">{t('disclaimer')}</p>
    </section>
  );
}
