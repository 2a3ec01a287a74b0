import { Foundation1795977534073 } from './1795977534073-Foundation';
import { Benefits1795978108548 } from './1795978108548-Benefits';
import { Stations1795978046315 } from './1795978046315-Stations';
import { AbuseLimits1796100000000 } from './1796100000000-AbuseLimits';
import { LessToLeak1796100000001 } from './1796100000001-LessToLeak';
import { Accounts1796200000000 } from './1796200000000-Accounts';
import { ConsoleReads1796200000001 } from './1796200000001-ConsoleReads';
import { Census1796300000000 } from './1796300000000-Census';
import { Legal1796307813264 } from './1796307813264-Legal';
import { MonthlyReport1796500000000 } from './1796500000000-MonthlyReport';
import { RedemptionAtCounter1796600000000 } from './1796600000000-RedemptionAtCounter';
import { RejectedFields1796700000000 } from './1796700000000-RejectedFields';

/** In order of application; a new migration is generated, read, and added here. */
export const MIGRATIONS = [Foundation1795977534073, Stations1795978046315, Benefits1795978108548, AbuseLimits1796100000000, LessToLeak1796100000001, Accounts1796200000000, ConsoleReads1796200000001, Census1796300000000, Legal1796307813264, MonthlyReport1796500000000, RedemptionAtCounter1796600000000, RejectedFields1796700000000];
