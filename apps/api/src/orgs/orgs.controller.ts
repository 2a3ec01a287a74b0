import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentUser } from '../auth/current-user.decorator';
import type { AuthUser } from '../auth/auth-user';
import { Public, Roles } from '../auth/access.decorators';
import { OrgsService } from './orgs.service';

@ApiTags('orgs')
@Controller()
export class OrgsController {
  constructor(private readonly orgsService: OrgsService) {}

  /** The 16 towns and streets, for the join form's picker. */
  @Public()
  @Get('orgs/towns')
  async towns() {
    return { items: await this.orgsService.towns() };
  }

  /** The part of the union tree the caller may see, as a flat list ordered by path. */
  @Roles('staff', 'admin')
  @Get('admin/orgs')
  async tree(@CurrentUser() user: AuthUser) {
    const orgs = await this.orgsService.visibleTo(user);
    return {
      items: orgs.map(({ id, code, name, kind, parentId, townCode, description }) => ({ id, code, name, kind, parentId, townCode, description })),
    };
  }
}
