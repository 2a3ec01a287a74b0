import { Tabs } from 'antd';
import { Route, Routes, useLocation, useNavigate } from 'react-router-dom';
import { ClaimsTable } from './ClaimsTable';
import { ProgrammeEditor } from './ProgrammeEditor';
import { ProgrammeTable } from './ProgrammeTable';

const TABS = [
  { key: '/benefits', label: '福利项目' },
  { key: '/benefits/claims', label: '申领与核销' },
];

export default function BenefitsPage() {
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const tab = TABS.find((t) => t.key === pathname)?.key;
  return (
    <>
      {tab && <Tabs activeKey={tab} items={TABS} onChange={(key) => void navigate(key)} />}
      <Routes>
        <Route index element={<ProgrammeTable />} />
        <Route path="claims" element={<ClaimsTable />} />
        <Route path="new" element={<ProgrammeEditor />} />
        <Route path=":id" element={<ProgrammeEditor />} />
      </Routes>
    </>
  );
}
