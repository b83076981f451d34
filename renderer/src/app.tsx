import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportReport } from '../../shared/import-report';
import { AppHeader } from './components/app-header';
import { DamagedDatabasePanel } from './components/damaged-database-panel';
import { ErrorAlert } from './components/error-alert';
import { MainNavigation, type NavigationTarget } from './components/main-navigation';
import { useExtractImport } from './hooks/use-extract-import';
import { useOverview } from './hooks/use-overview';
import { useStorageStatus } from './hooks/use-storage-status';
import { useContractClient } from './contract-client-context';
import { errorMessage } from './error-message';
import { useWindowFileDrop } from './hooks/use-window-file-drop';
import { storeLanguage, type Language } from './i18n/setup-i18n';
import { ImportConfirmation } from './components/import-confirmation';
import { ColumnMappingScreen } from './screens/column-mapping-screen';
import { HomeScreen } from './screens/home-screen';
import { ImportReportScreen } from './screens/import-report-screen';
import { SettingsScreen } from './screens/settings-screen';
import { WorklistScreen } from './screens/worklist-screen';
import { DataQualityScreen } from './screens/data-quality-screen';
import type { WorklistName } from '../../shared/worklists';
import { DashboardScreen } from './screens/dashboard-screen';
import { NetworkScreen } from './screens/network-screen';
import { SummaryScreen } from './screens/summary-screen';

/**
 * The shell: header, navigation, the messages that belong to no single screen (import failures,
 * the demo notice), and which screen is open. A file can be dropped on any screen.
 */
export function App() {
  const { t, i18n } = useTranslation();
  const { overview, error: overviewError, reload } = useOverview();
  const { storage, reload: reloadStorage } = useStorageStatus();
  const [screen, setScreen] = useState<NavigationTarget>('home');
  const [list, setList] = useState<WorklistName>('annual_overdue');
  const [report, setReport] = useState<ImportReport | null>(null);
  // Each import gives the patient list a new key, so an open list fetches the new extract.
  const [generation, setGeneration] = useState(0);

  const onImported = useCallback(
    async (imported: ImportReport) => {
      setReport(imported);
      setGeneration((n) => n + 1);
      await reload();
      setScreen('report');
    },
    [reload],
  );
  const client = useContractClient();
  const [undoError, setUndoError] = useState<string | null>(null);
  // Undo takes back the newest import, so it is offered only on that import's own report.
  const canUndo =
    report !== null &&
    report.duplicateOf === null &&
    Math.max(...(overview?.status.batches.map((batch) => batch.id) ?? [])) === report.batchId;
  const undoImport = async () => {
    if (!report || !window.confirm(t('report.undoConfirm', { fileName: report.fileName }))) return;
    try {
      await client.call('import:undoLatest', {});
      setUndoError(null);
      setReport(null);
      setGeneration((n) => n + 1);
      await reload();
      setScreen('home');
    } catch (caught) {
      setUndoError(errorMessage(caught, t));
    }
  };

  const onDemoLoaded = useCallback(async () => {
    setGeneration((n) => n + 1);
    await reload();
  }, [reload]);

  const {
    busyLabel,
    running,
    mapping,
    confirmation,
    failure,
    notice,
    importFiles,
    importWithMapping,
    confirmImport,
    dismissConfirmation,
    cancelImport,
    loadDemo,
    dismissMapping,
    dismissFailure,
    clearNotice,
  } = useExtractImport({ onImported, onDemoLoaded });
  // The progress bar lives on Oversigt, so a file dropped on another screen brings the user there.
  const startImport = (files: File[]) => {
    if (running === null && busyLabel === null) setScreen('home');
    void importFiles(files);
  };
  const dragging = useWindowFileDrop(startImport);

  // A notice belongs to the screen it was shown on; moving on makes it old news.
  const navigate = (target: NavigationTarget) => {
    clearNotice();
    dismissMapping();
    setScreen(target);
  };

  // Contacts, settings and imports all change the cards' numbers, and all happen on other
  // screens: coming back to Oversigt fetches them again, so a card never shows yesterday's count.
  const previousScreen = useRef(screen);
  useEffect(() => {
    if (screen === 'home' && previousScreen.current !== 'home') void reload();
    previousScreen.current = screen;
  }, [screen, reload]);

  const openPatients = (next: WorklistName) => {
    setList(next);
    navigate('patients');
  };

  const changeLanguage = (next: Language) => {
    storeLanguage(window.localStorage, next);
    void i18n.changeLanguage(next);
    document.documentElement.lang = next;
  };
  const toggleLanguage = () => changeLanguage(i18n.language === 'da' ? 'en' : 'da');

  // A restore or "Slet alle data" replaced the database under every screen: fetch it all again.
  const onDataReplaced = async () => {
    setReport(null);
    setGeneration((n) => n + 1);
    await Promise.all([reload(), reloadStorage()]);
  };
  const onDeletedAll = async () => {
    await onDataReplaced();
    navigate('home');
  };

  return (
    <div className={`app-shell${screen === 'patients' ? ' app-shell-fill' : ''}`}>
      <AppHeader latestExtractDate={overview?.status.latestExtractDate ?? null} onToggleLanguage={toggleLanguage} />
      {storage?.damaged ? null : <MainNavigation current={screen} showReport={report !== null} onNavigate={navigate} />}
      <main className="app-main">
        {storage?.damaged ? <DamagedDatabasePanel storage={storage} onRestored={onDataReplaced} /> : null}
        {confirmation ? <ImportConfirmation request={confirmation} onConfirm={() => void confirmImport()} onCancel={dismissConfirmation} /> : null}
        {failure ? <ErrorAlert title={t(failure.title)} message={failure.message} hint={failure.title === 'errors.importFailed' ? t('errors.importHint') : undefined} onDismiss={dismissFailure} /> : null}
        {notice ? (
          <p role="status" className="notice notice-success">
            {notice.key === 'firstRun.demoLoaded' ? t(notice.key, { count: notice.count }) : t(notice.key, { fileName: notice.fileName })}
          </p>
        ) : null}
        {undoError ? <ErrorAlert title={t('errors.undoFailed')} message={undoError} onDismiss={() => setUndoError(null)} /> : null}
        {overviewError && !storage?.damaged ? <ErrorAlert title={t('errors.loadFailed')} message={overviewError} /> : null}
        {!overview && !overviewError && !storage?.damaged ? (
          <p role="status" className="busy">
            <span className="spinner" aria-hidden="true" />
            {t('app.loading')}
          </p>
        ) : null}

        {overview && mapping ? (
          <ColumnMappingScreen
            key={mapping.file.name}
            request={mapping}
            onImport={(columnMapping) => {
              setScreen('home');
              void importWithMapping(columnMapping);
            }}
            onCancel={dismissMapping}
          />
        ) : null}
        {overview && !mapping && screen === 'home' ? (
          <HomeScreen
            overview={overview}
            busyLabel={busyLabel}
            dragging={dragging}
            running={running}
            onFiles={startImport}
            onCancelImport={() => void cancelImport()}
            onLoadDemo={() => void loadDemo()}
            onOpenPatients={openPatients}
          />
        ) : null}
        {overview && !mapping && screen === 'patients' ? <WorklistScreen key={generation} list={list} onListChange={setList} /> : null}
        {overview && !mapping && screen === 'quality' ? <DataQualityScreen key={generation} /> : null}
        {overview && !mapping && screen === 'report' && report ? (
          <ImportReportScreen
            report={report}
            latestExtractDate={overview.status.latestExtractDate}
            onShowPatients={() => openPatients('all')}
            onBackHome={() => navigate('home')}
            onUndo={canUndo ? () => void undoImport() : undefined}
          />
        ) : null}
        {overview && !mapping && storage && !storage.damaged && screen === 'settings' ? (
          <SettingsScreen storage={storage} onDataReplaced={onDataReplaced} onDeletedAll={onDeletedAll} onLanguageChange={changeLanguage} />
        ) : null}
        {overview && screen === 'dashboard' ? <DashboardScreen key={generation} /> : null}
        {overview && screen === 'summary' ? <SummaryScreen key={generation} extractDates={overview.status.batches.map((batch) => batch.extractDate)} /> : null}
        {overview && screen === 'network' ? <NetworkScreen /> : null}
      </main>
      {dragging ? (
        <div className="drop-overlay" aria-hidden="true">
          <p>{t('import.dropRelease')}</p>
        </div>
      ) : null}
    </div>
  );
}
