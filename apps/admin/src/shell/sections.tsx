import {
  AuditOutlined,
  BankOutlined,
  BarChartOutlined,
  GiftOutlined,
  HomeOutlined,
  IdcardOutlined,
  SafetyCertificateOutlined,
  ScanOutlined,
  ShopOutlined,
  SolutionOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import type { Role } from '@kgh/shared';
import { lazy, type ComponentType, type LazyExoticComponent, type ReactNode } from 'react';
import { STAFF } from './roles';

export interface Section {
  path: string;
  label: string;
  icon: ReactNode;
  /** Who sees it in the menu and may open it; the API enforces the same. */
  roles: readonly Role[];
  page: LazyExoticComponent<ComponentType>;
}

// Each section is its own chunk: the first load carries only the shell and the page opened.
export const SECTIONS: Section[] = [
  { path: '/', label: '首页', icon: <HomeOutlined />, roles: STAFF, page: lazy(() => import('../pages/home/HomePage')) },
  { path: '/applications', label: '入会审核', icon: <SolutionOutlined />, roles: STAFF, page: lazy(() => import('../pages/applications/ApplicationsPage')) },
  { path: '/members', label: '会员', icon: <IdcardOutlined />, roles: STAFF, page: lazy(() => import('../pages/members/MembersPage')) },
  { path: '/census', label: '建会台账', icon: <BankOutlined />, roles: STAFF, page: lazy(() => import('../pages/census/CensusPage')) },
  {
    path: '/legal',
    label: '维权服务',
    icon: <SafetyCertificateOutlined />,
    roles: ['mediator', 'staff', 'admin'],
    page: lazy(() => import('../pages/legal/LegalPage')),
  },
  { path: '/stations', label: '驿站', icon: <ShopOutlined />, roles: STAFF, page: lazy(() => import('../pages/stations/StationsPage')) },
  { path: '/benefits', label: '福利', icon: <GiftOutlined />, roles: STAFF, page: lazy(() => import('../pages/benefits/BenefitsPage')) },
  { path: '/redeem', label: '核销', icon: <ScanOutlined />, roles: ['provider', 'staff', 'admin'], page: lazy(() => import('../pages/redeem/RedeemPage')) },
  { path: '/reports', label: '月度报表', icon: <BarChartOutlined />, roles: STAFF, page: lazy(() => import('../pages/reports/ReportsPage')) },
  { path: '/accounts', label: '账号', icon: <TeamOutlined />, roles: STAFF, page: lazy(() => import('../pages/accounts/AccountsPage')) },
  { path: '/audit', label: '审计日志', icon: <AuditOutlined />, roles: ['admin'], page: lazy(() => import('../pages/audit/AuditPage')) },
];

export function sectionsFor(roles: readonly Role[]): Section[] {
  return SECTIONS.filter((section) => section.roles.some((role) => roles.includes(role)));
}
