import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';

export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('柯工惠 API')
    .setDescription('柯桥区总工会新就业形态劳动者服务平台。错误体统一为 {statusCode, code, message, details?}；金额以分（整数）表示；时间为带时区的 ISO-8601。')
    .setVersion('1')
    .addServer('/', '本服务')
    .addBearerAuth()
    .addTag('auth', '登录与账号')
    .addTag('membership', '入会与会员卡')
    .addTag('benefits', '福利项目、申领与核销')
    .addTag('stations', '职工驿站')
    .addTag('orgs', '工会组织')
    .addTag('admin', '工作人员：入会审核、福利项目与申领')
    .addTag('admin: stations', '工作人员：驿站管理')
    .addTag('health', '健康检查')
    .build();
  return SwaggerModule.createDocument(app, config);
}

/** Swagger UI at /docs and the JSON document at /api/v1/openapi.json. */
export function setUpOpenApi(app: INestApplication): void {
  SwaggerModule.setup('docs', app, () => buildOpenApiDocument(app), { jsonDocumentUrl: 'api/v1/openapi.json' });
}
