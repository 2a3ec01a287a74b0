import { Tabs } from 'antd';
import { Route, Routes, useLocation, useNavigate } from 'react-router-dom';
import { StationEditor } from './StationEditor';
import { StationImport } from './StationImport';
import { StationReports } from './StationReports';
import { StationTable } from './StationTable';

const TABS = [
  { key: '/stations', label: '驿站列表' },
  { key: '/stations/reports', label: '问题反馈' },
  { key: '/stations/import', label: 'CSV导入' },
];

export default function StationsPage() {
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const tab = TABS.find((t) => t.key === pathname)?.key;
  return (
    <>
      {tab && <Tabs activeKey={tab} items={TABS} onChange={(key) => void navigate(key)} />}
      <Routes>
        <Route index element={<StationTable />} />
        <Route path="reports" element={<StationReports />} />
        <Route path="import" element={<StationImport />} />
        <Route path="new" element={<StationEditor />} />
        <Route path=":id" element={<StationEditor />} />
      </Routes>
    </>
  );
}
