// Generated from specs/tbk/taobao.tbk.tpwd.create.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.tbk.tpwd.create` (淘宝客-公用-淘口令生成). */
export interface TaobaoTbkTpwdCreateRequest {
  /** 联盟官方渠道获取的淘客推广链接，请注意，不要随意篡改官方生成的链接，否则可能无法生成淘口令 */
  url: string;
  /** 兼容旧版本api参数，无实际作用 */
  text?: string;
  /** 兼容旧版本api参数，无实际作用 */
  logo?: string;
  /** 兼容旧版本api参数，无实际作用 */
  ext?: string;
  /** 兼容旧版本api参数，无实际作用 */
  user_id?: string;
}

/** Response of `taobao.tbk.tpwd.create`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoTbkTpwdCreateResponse {
  /** 返回结果对象 */
  data?: TaobaoTbkTpwdCreateMapData;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `MapData` of `taobao.tbk.tpwd.create`. */
export interface TaobaoTbkTpwdCreateMapData {
  /** 非苹果ios14以上版本的设备（即其他ios版本、Android系统等），可以用此淘口令正常在复制到手淘打开 */
  password_simple?: string;
  /** 针对苹果ios14及以上版本的苹果设备，手淘将按照示例值信息格式读取淘口令(需包含：数字+羊角符+url，识别规则可能根据ios情况变更)。如需更改淘口令内文案、url等内容，请务必先验证更改后的淘口令在手淘可被识别打开！ */
  model?: string;
}

const REQUEST_SCHEMA = {
  url: 'String',
  text: 'String',
  logo: 'String',
  ext: 'String',
  user_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  data: {
    password_simple: 'String',
    model: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.tbk.tpwd.create`: method, response root, request and response schemas. */
export const taobaoTbkTpwdCreateOperation = {
  method: 'taobao.tbk.tpwd.create',
  responseRoot: 'tbk_tpwd_create_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 淘宝客-公用-淘口令生成 — calls TOP method `taobao.tbk.tpwd.create`.
 *
 * 提供淘口令生成接口。提交需要生成淘口令的内容、logo、url等参数，生成淘口令，其中关键信息为￥SADadW￥，后续可基于淘口令进行文案包装组装用于传播。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoTbkTpwdCreate(
  client: TopClient,
  request: TaobaoTbkTpwdCreateRequest,
  options?: CallOptions,
): Promise<TaobaoTbkTpwdCreateResponse> {
  return client.call<TaobaoTbkTpwdCreateResponse>(
    {
      method: 'taobao.tbk.tpwd.create',
      responseRoot: 'tbk_tpwd_create_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
