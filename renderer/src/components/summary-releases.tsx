import { useTranslation } from 'react-i18next';
import type { SummaryReleaseDto } from '../../../shared/summary/summary-contract';
import { formatDate, formatTimestamp } from '../display-format';

/**
 * "Sendte opgørelser": every summary file the practice saved, newest first, so it can show its
 * network what it sent, and see why a new release for a date sent before must match it.
 */
export function SummaryReleases({ releases }: { releases: readonly SummaryReleaseDto[] }) {
  const { t } = useTranslation();
  return (
    <section className="panel" aria-labelledby="summary-releases-title" data-testid="summary-releases">
      <h2 id="summary-releases-title">{t('network.summary.releasesTitle')}</h2>
      <p className="muted">{t('network.summary.releasesIntro')}</p>
      {releases.length === 0 ? (
        <p>{t('network.summary.releasesEmpty')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">{t('network.summary.releasesTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('network.summary.releaseAsOf')}</th>
                <th scope="col">{t('network.summary.releasePolicy')}</th>
                <th scope="col">{t('network.summary.releaseThreshold')}</th>
                <th scope="col">{t('network.summary.releaseFile')}</th>
                <th scope="col">{t('network.summary.releaseWhen')}</th>
                <th scope="col">{t('network.summary.releaseWho')}</th>
              </tr>
            </thead>
            <tbody>
              {releases.map((release) => (
                <tr key={release.id} data-release={release.id}>
                  <td>{formatDate(release.asOf)}</td>
                  <td>{t(`network.settings.policies.${release.policy}`)}</td>
                  <td>{release.threshold}</td>
                  <td>{release.format.toUpperCase()}</td>
                  <td>{formatTimestamp(release.releasedAt)}</td>
                  <td>{release.actor}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
