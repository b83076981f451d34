import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { checkKinds } from '../../../shared/follow-up-states';
import { checkOfList, type WorklistEntry, type WorklistName } from '../../../shared/worklists';
import { formatCpr, formatDate } from '../display-format';
import { CheckStateCell } from './check-state-badge';
import { NotReachedNote } from './not-reached-note';

const estimatedRowHeight = 53;

interface WorklistTableProps {
  list: WorklistName;
  total: number;
  /** Changes with every new list or filter, so the table starts again at the top. */
  selectionKey: string;
  /** Which answer the rows come from: a new one arrives with every list, filter or change. */
  loadSeq: number;
  rowAt: (index: number) => WorklistEntry | undefined;
  onOpen: (cpr: string) => void;
}

function ContactCell({ entry, list }: { entry: WorklistEntry; list: WorklistName }) {
  const { t } = useTranslation();
  const single = checkOfList[list];
  const checks = single ? [single] : checkKinds.filter((check) => entry.checks[check].contact.status !== 'none');
  if (checks.length === 0) return <td className="muted">{t('contactStatuses.none')}</td>;
  return (
    <td>
      <ul className="contact-list">
        {checks.map((check) => {
          const contact = entry.checks[check].contact;
          return (
            <li key={check} data-contact={contact.status}>
              {single ? null : `${t(`checks.${check}`)}: `}
              {t(`contactStatuses.${contact.status}`)}
              {contact.invitations > 0 ? ` (${t('panel.invitations', { count: contact.invitations })})` : ''}
              {contact.appointment ? ` – ${t('worklist.appointment')} ${formatDate(contact.appointment)}` : ''}
            </li>
          );
        })}
      </ul>
      {entry.notReached ? <NotReachedNote notReached={entry.notReached} /> : null}
    </td>
  );
}

/**
 * The list as a real <table> of which only the rows in view are in the DOM; rows not yet
 * fetched show a placeholder until their page arrives. aria-rowcount/aria-rowindex tell
 * assistive technology the full size and where each row sits.
 */
export function WorklistTable({ list, total, selectionKey, loadSeq, rowAt, onOpen }: WorklistTableProps) {
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => estimatedRowHeight,
    overscan: 12,
  });

  useEffect(() => {
    virtualizer.scrollToOffset(0);
  }, [selectionKey, virtualizer]);

  const items = virtualizer.getVirtualItems();
  const last = items[items.length - 1];
  const paddingTop = items[0]?.start ?? 0;
  const paddingBottom = last ? virtualizer.getTotalSize() - last.end : 0;
  const showClinical = list === 'clinical';
  const columnCount = 8 + (showClinical ? 1 : 0);

  return (
    <div ref={scrollRef} className="patient-scroll" tabIndex={0} role="region" aria-label={t('worklist.scrollRegion')}>
      <table className="data-table patient-table" aria-rowcount={total + 1} data-list={list} data-load-seq={loadSeq}>
        <caption className="visually-hidden">{t('worklist.tableCaption', { list: t(`worklist.lists.${list}`) })}</caption>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col">{t('worklist.cpr')}</th>
            <th scope="col">{t('worklist.name')}</th>
            <th scope="col">{t('worklist.age')}</th>
            <th scope="col">{t('worklist.gp')}</th>
            {checkKinds.map((check) => (
              <th scope="col" key={check}>
                {t(`checks.${check}`)}
              </th>
            ))}
            <th scope="col">{t('worklist.contact')}</th>
            {showClinical ? <th scope="col">{t('worklist.clinical')}</th> : null}
          </tr>
        </thead>
        <tbody>
          {paddingTop > 0 ? (
            <tr aria-hidden="true" className="spacer-row">
              <td colSpan={columnCount} style={{ height: paddingTop }} />
            </tr>
          ) : null}
          {items.map((item) => {
            const entry = rowAt(item.index);
            if (!entry) {
              return (
                <tr key={item.key} ref={virtualizer.measureElement} data-index={item.index} aria-rowindex={item.index + 2} className="loading-row">
                  <td colSpan={columnCount} className="muted">
                    {t('worklist.loadingRow')}
                  </td>
                </tr>
              );
            }
            const name = entry.name ?? t('worklist.unknownName');
            return (
              <tr key={item.key} ref={virtualizer.measureElement} data-index={item.index} aria-rowindex={item.index + 2} data-cpr={entry.cpr}>
                <td className="cpr">{formatCpr(entry.cpr)}</td>
                <td>
                  <button type="button" className="link-button" onClick={() => onOpen(entry.cpr)} aria-label={t('worklist.open', { name })}>
                    {name}
                  </button>
                  {entry.vulnerable ? (
                    <span className="vulnerable-badge" data-vulnerable="true">
                      {entry.contactPerson ? t('worklist.vulnerableWith', { person: entry.contactPerson }) : t('worklist.vulnerable')}
                    </span>
                  ) : null}
                  {entry.graceUntil ? <span className="grace-badge">{t('states.grace', { date: formatDate(entry.graceUntil) })}</span> : null}
                </td>
                <td>{entry.age}</td>
                <td>{entry.gp ?? '–'}</td>
                {checkKinds.map((check) => (
                  <CheckStateCell key={check} status={entry.checks[check]} />
                ))}
                <ContactCell entry={entry} list={list} />
                {showClinical ? (
                  <td>
                    <ul className="contact-list">
                      {entry.clinical.map((flag) => (
                        <li key={flag} data-clinical={flag}>
                          {t(`clinicalFlags.${flag}`)}
                        </li>
                      ))}
                    </ul>
                  </td>
                ) : null}
              </tr>
            );
          })}
          {paddingBottom > 0 ? (
            <tr aria-hidden="true" className="spacer-row">
              <td colSpan={columnCount} style={{ height: paddingBottom }} />
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  );
}
