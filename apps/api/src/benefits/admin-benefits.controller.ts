import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/access.decorators';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { notFound } from '../common/app-exception';
import { AdminClaimsService } from './admin-claims.service';
import { AdminProgrammesService } from './admin-programmes.service';
import { ListClaimsQuery, RejectClaimDto } from './dto/admin-claims.dto';
import { CreateProgrammeDto, CreateSessionDto, UpdateProgrammeDto, UpdateSessionDto } from './dto/programme.dto';

const programmeId = new ParseUUIDPipe({ exceptionFactory: () => notFound('福利项目') });
const sessionId = new ParseUUIDPipe({ exceptionFactory: () => notFound('福利批次') });
const claimId = new ParseUUIDPipe({ exceptionFactory: () => notFound('福利申领') });

@ApiTags('admin')
@ApiBearerAuth()
@Roles('staff', 'admin')
@Controller('admin')
export class AdminBenefitsController {
  constructor(
    private readonly programmes: AdminProgrammesService,
    private readonly claims: AdminClaimsService,
  ) {}

  @Get('benefits')
  list(@CurrentUser() staff: AuthUser) {
    return this.programmes.list(staff);
  }

  @Post('benefits')
  create(@CurrentUser() staff: AuthUser, @Body() body: CreateProgrammeDto) {
    return this.programmes.create(staff, body);
  }

  @Get('benefits/:id')
  get(@CurrentUser() staff: AuthUser, @Param('id', programmeId) id: string) {
    return this.programmes.get(staff, id);
  }

  @Patch('benefits/:id')
  update(@CurrentUser() staff: AuthUser, @Param('id', programmeId) id: string, @Body() body: UpdateProgrammeDto) {
    return this.programmes.update(staff, id, body);
  }

  @Delete('benefits/:id')
  @HttpCode(HttpStatus.NO_CONTENT)
  remove(@CurrentUser() staff: AuthUser, @Param('id', programmeId) id: string) {
    return this.programmes.remove(staff, id);
  }

  @Post('benefits/:id/sessions')
  addSession(@CurrentUser() staff: AuthUser, @Param('id', programmeId) id: string, @Body() body: CreateSessionDto) {
    return this.programmes.addSession(staff, id, body);
  }

  @Patch('benefits/:id/sessions/:sessionId')
  updateSession(@CurrentUser() staff: AuthUser, @Param('id', programmeId) id: string, @Param('sessionId', sessionId) session: string, @Body() body: UpdateSessionDto) {
    return this.programmes.updateSession(staff, id, session, body);
  }

  @Delete('benefits/:id/sessions/:sessionId')
  @HttpCode(HttpStatus.NO_CONTENT)
  removeSession(@CurrentUser() staff: AuthUser, @Param('id', programmeId) id: string, @Param('sessionId', sessionId) session: string) {
    return this.programmes.removeSession(staff, id, session);
  }

  @Get('claims')
  listClaims(@CurrentUser() staff: AuthUser, @Query() query: ListClaimsQuery) {
    return this.claims.list(staff, query);
  }

  @Post('claims/:id/approve')
  @HttpCode(HttpStatus.OK)
  approve(@CurrentUser() staff: AuthUser, @Param('id', claimId) id: string) {
    return this.claims.approve(staff, id);
  }

  @Post('claims/:id/reject')
  @HttpCode(HttpStatus.OK)
  reject(@CurrentUser() staff: AuthUser, @Param('id', claimId) id: string, @Body() body: RejectClaimDto) {
    return this.claims.reject(staff, id, body.reason);
  }
}
