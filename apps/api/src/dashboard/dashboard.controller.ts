import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/access.decorators';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { DashboardService } from './dashboard.service';
import { DashboardView } from './dto/dashboard-views.dto';

@ApiTags('admin: dashboard')
@ApiBearerAuth()
@Roles('staff', 'admin')
@Controller('admin/dashboard')
export class DashboardController {
  constructor(private readonly dashboard: DashboardService) {}

  @ApiOperation({ summary: '工作台：本辖区待办与概况' })
  @ApiOkResponse({ type: DashboardView })
  @Get()
  view(@CurrentUser() staff: AuthUser): Promise<DashboardView> {
    return this.dashboard.view(staff);
  }
}
