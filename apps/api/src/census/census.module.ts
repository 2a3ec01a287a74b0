import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessModule } from '../access/access.module';
import { OrgsModule } from '../orgs/orgs.module';
import { CensusTarget } from './census-target.entity';
import { CensusTargetsController } from './census-targets.controller';
import { CensusTargetsService } from './census-targets.service';
import { Enterprise } from './enterprise.entity';
import { EnterpriseImportService } from './enterprise-import.service';
import { EnterpriseProblem } from './enterprise-problem.entity';
import { EnterpriseSearchService } from './enterprise-search.service';
import { EnterpriseStatusChange } from './enterprise-status-change.entity';
import { EnterpriseVisit } from './enterprise-visit.entity';
import { EnterpriseSearchController, EnterprisesAdminController } from './enterprises.controller';
import { EnterprisesService } from './enterprises.service';

/** The enterprise census (建会普查): the ledger, union status and its timeline, visits, targets. */
@Module({
  imports: [TypeOrmModule.forFeature([Enterprise, EnterpriseStatusChange, EnterpriseVisit, EnterpriseProblem, CensusTarget]), AccessModule, OrgsModule],
  controllers: [EnterprisesAdminController, EnterpriseSearchController, CensusTargetsController],
  providers: [EnterprisesService, EnterpriseImportService, EnterpriseSearchService, CensusTargetsService],
})
export class CensusModule {}
