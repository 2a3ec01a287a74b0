import { Navigate, Route, Routes } from 'react-router-dom';
import { SectionTabs } from '../../components/SectionTabs';
import { isStaff } from '../../shell/roles';
import { useSignedInUser } from '../../shell/use-session';
import { CaseList } from './CaseList';
import { CasePage } from './CasePage';
import { RequestQueue } from './RequestQueue';

const QUEUE_TAB = { key: '/legal', label: '待受理' };
const CASES_TAB = { key: '/legal/cases', label: '案件与咨询' };

/** 维权服务: staff triage the queue and work every case in reach; a mediator works only the cases handed to them. */
export default function LegalPage() {
  const staff = isStaff(useSignedInUser()?.roles ?? []);
  return (
    <>
      <SectionTabs tabs={staff ? [QUEUE_TAB, CASES_TAB] : [CASES_TAB]} />
      <Routes>
        <Route index element={staff ? <RequestQueue /> : <Navigate to="cases" replace />} />
        <Route path="cases" element={<CaseList staff={staff} />} />
        <Route path=":id" element={<CasePage staff={staff} />} />
      </Routes>
    </>
  );
}
