import { Route, Routes } from 'react-router-dom';
import { SectionTabs } from '../../components/SectionTabs';
import { CsvImport } from '../../components/CsvImport';
import { StationEditor } from './StationEditor';
import { StationReports } from './StationReports';
import { StationTable } from './StationTable';

const TABS = [
  { key: '/stations', label: '驿站列表' },
  { key: '/stations/reports', label: '问题反馈' },
  { key: '/stations/import', label: 'CSV导入' },
];

export default function StationsPage() {
  return (
    <>
      <SectionTabs tabs={TABS} />
      <Routes>
        <Route index element={<StationTable />} />
        <Route path="reports" element={<StationReports />} />
        <Route
          path="import"
          element={<CsvImport path="/admin/stations/import" noun="驿站" header="name,kind,town,address,lat,lng,phone,host,amenities,hours" />}
        />
        <Route path="new" element={<StationEditor />} />
        <Route path=":id" element={<StationEditor />} />
      </Routes>
    </>
  );
}
