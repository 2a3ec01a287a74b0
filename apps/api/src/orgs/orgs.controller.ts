import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser } from '../auth/current-user.decorator';
import type { AuthUser } from '../auth/auth-user';
import { Public, Roles } from '../auth/access.decorators';
import { ApiPageResponse, Page, pageOfList } from '../common/page';
import { PageQuery } from '../common/page.query';
import { OrgView, orgView, TownView } from './dto/org-views.dto';
import { OrgsService } from './orgs.service';

@ApiTags('orgs')
@Controller()
export class OrgsController {
  constructor(private readonly orgsService: OrgsService) {}

  /** The 16 towns and streets, for the join form's picker. */
  @ApiOperation({ summary: '镇（街道）列表' })
  @ApiPageResponse(TownView)
  @Public()
  @Get('orgs/towns')
  async towns(@Query() query: PageQuery): Promise<Page<TownView>> {
    return pageOfList(await this.orgsService.towns(), query);
  }

  /** The part of the union tree the caller may see, as a flat list ordered by path. */
  @ApiOperation({ summary: '本辖区工会组织（按层级路径排序）' })
  @ApiPageResponse(OrgView)
  @ApiBearerAuth()
  @Roles('staff', 'admin')
  @Get('admin/orgs')
  async tree(@CurrentUser() user: AuthUser, @Query() query: PageQuery): Promise<Page<OrgView>> {
    const orgs = await this.orgsService.visibleTo(user);
    return pageOfList(orgs.map(orgView), query);
  }
}
