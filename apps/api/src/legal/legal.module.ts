import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessModule } from '../access/access.module';
import { OrgsModule } from '../orgs/orgs.module';
import { LegalCasesController } from './legal-cases.controller';
import { LegalCasesService } from './legal-cases.service';
import { LegalAssignees } from './legal-assignees';
import { LegalHistory } from './legal-history';
import { LegalMediationSession } from './legal-mediation-session.entity';
import { LegalRequestEvent } from './legal-request-event.entity';
import { LegalRequest } from './legal-request.entity';
import { LegalRequestsController } from './legal-requests.controller';
import { LegalRequestsService } from './legal-requests.service';

/** Legal help (维权服务): workers' requests, consultations, cases with mediation, their amounts and timeline. */
@Module({
  imports: [TypeOrmModule.forFeature([LegalRequest, LegalRequestEvent, LegalMediationSession]), AccessModule, OrgsModule],
  controllers: [LegalRequestsController, LegalCasesController],
  providers: [LegalRequestsService, LegalCasesService, LegalHistory, LegalAssignees],
})
export class LegalModule {}
