import { applyDecorators, Type } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, ApiProperty, getSchemaPath } from '@nestjs/swagger';
import type { PageQuery } from './page.query';

/**
 * The one list shape: a page of `items` with the count of all matches. Registered once as the
 * `Page` schema (total, page, pageSize); each list route adds its `items` through ApiPageResponse.
 */
export class Page<T> {
  items: T[];

  /** Every item the query matches, across all pages. */
  @ApiProperty({ type: 'integer', minimum: 0, description: '符合条件的总条数（所有页）' })
  total: number;

  /** 1-based. */
  @ApiProperty({ type: 'integer', minimum: 1, description: '页码，从1开始' })
  page: number;

  @ApiProperty({ type: 'integer', minimum: 1, maximum: 100, description: '每页条数' })
  pageSize: number;
}

export function pageOf<T>(items: T[], total: number, query: Pick<PageQuery, 'page' | 'pageSize'>): Page<T> {
  return { items, total, page: query.page, pageSize: query.pageSize };
}

/** The query's page of a list already in memory (a short, fixed list such as the towns). */
export function pageOfList<T>(all: readonly T[], query: Pick<PageQuery, 'page' | 'pageSize'>): Page<T> {
  const start = (query.page - 1) * query.pageSize;
  return pageOf(all.slice(start, start + query.pageSize), all.length, query);
}

/** 200 with `Page` and `items` of the given view, as one named composition in the document. */
export function ApiPageResponse(view: Type<unknown>, description = '分页列表') {
  return applyDecorators(
    ApiExtraModels(Page, view),
    ApiOkResponse({
      description,
      schema: {
        allOf: [
          { $ref: getSchemaPath(Page) },
          { type: 'object', required: ['items'], properties: { items: { type: 'array', items: { $ref: getSchemaPath(view) } } } },
        ],
      },
    }),
  );
}
