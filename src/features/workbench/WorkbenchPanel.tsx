import { useEffect, useRef } from 'react';
import { EMPTY } from '../../dataset/localStore';
import { ImportSection } from './ImportSection';
import { OpenDatasetSection } from './OpenDatasetSection';
import { PublishSection } from './PublishSection';
import { ReviewSection } from './ReviewSection';
import { useLocalData } from './useWorkbench';
import { strings } from './strings';
import { useWorkbenchStrings, useWorkbenchT } from './useWorkbenchStrings';

/** Import, review and publish, in one region under the header; the dashboard below shows the result live. */
export function WorkbenchPanel({ onClose }: { onClose: () => void }) {
  useWorkbenchStrings(strings);
  const { t } = useWorkbenchT();
  const local = useLocalData() ?? EMPTY;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section id="workbench" className="workbench panel" aria-labelledby="workbench-title">
      <div className="wb-head">
        <h2 id="workbench-title" tabIndex={-1} ref={heading}>
          {t('title')}
        </h2>
        <button type="button" onClick={onClose}>
          {t('close')}
        </button>
      </div>
      <p className="small muted">{t('privacy')}</p>
      <ImportSection />
      <OpenDatasetSection />
      <ReviewSection local={local} />
      <PublishSection local={local} />
    </section>
  );
}
