// Generated from specs/miniapp/taobao.smartapp.table.fulldata.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.smartapp.table.fulldata.get` (智能应用工作表地址查询). */
export interface TaobaoSmartappTableFulldataGetRequest {
  /** 数据空间表名 */
  table_id: string;
  /** 数据主键ID */
  id: string;
}

/** Response of `taobao.smartapp.table.fulldata.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoSmartappTableFulldataGetResponse {
  /** 查询结果 */
  result?: TaobaoSmartappTableFulldataGetAfterSaleTableSelectResponse;
  /** 调用结果 */
  business_success?: boolean;
  /** 错误提示 */
  error_msg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `AfterSaleTableSelectResponse` of `taobao.smartapp.table.fulldata.get`. */
export interface TaobaoSmartappTableFulldataGetAfterSaleTableSelectResponse {
  /** 查询结果 */
  json_record?: string;
}

const REQUEST_SCHEMA = {
  table_id: 'String',
  id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    json_record: 'String',
  },
  business_success: 'Boolean',
  error_msg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.smartapp.table.fulldata.get`: method, response root, request and response schemas. */
export const taobaoSmartappTableFulldataGetOperation = {
  method: 'taobao.smartapp.table.fulldata.get',
  responseRoot: 'smartapp_table_fulldata_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 智能应用工作表地址查询 — calls TOP method `taobao.smartapp.table.fulldata.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoSmartappTableFulldataGet(
  client: TopClient,
  request: TaobaoSmartappTableFulldataGetRequest,
  options?: CallOptions,
): Promise<TaobaoSmartappTableFulldataGetResponse> {
  return client.call<TaobaoSmartappTableFulldataGetResponse>(
    {
      method: 'taobao.smartapp.table.fulldata.get',
      responseRoot: 'smartapp_table_fulldata_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
