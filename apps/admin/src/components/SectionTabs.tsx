import { Tabs } from 'antd';
import { useLocation, useNavigate } from 'react-router-dom';

/** A section's list pages as tabs, each tab a path; hidden on the pages beneath them (a detail, a form). */
export function SectionTabs({ tabs }: { tabs: { key: string; label: string }[] }) {
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const active = tabs.find((t) => t.key === pathname)?.key;
  return active ? <Tabs activeKey={active} items={tabs} onChange={(key) => void navigate(key)} /> : null;
}
